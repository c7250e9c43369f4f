/**
 * Pharmacology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const lithiumAndThiazide: SampleQuestion = {
  item: {
    source: 'MMLU-Pro_Medical_test',
    question:
      'A 45-year-old woman with bipolar I disorder has been stable on lithium carbonate for 3 years, with serum lithium concentrations around 0.7 mEq/L. ' +
      'Three weeks after her primary care physician starts a new antihypertensive medication, she develops a coarse tremor, ataxia, vomiting and confusion, ' +
      'and her serum lithium concentration is 2.1 mEq/L. Which of the following medications was most likely started?',
    options: {
      A: 'Amlodipine',
      B: 'Hydrochlorothiazide',
      C: 'Hydralazine',
      D: 'Prazosin',
      E: 'Clonidine',
      F: 'Metoprolol',
      G: 'Guanfacine',
      H: 'Minoxidil',
      I: 'Doxazosin',
      J: 'Labetalol',
    },
    answerIdx: 'B',
  },
  illustrates:
    'More budget rescues the answer: early cuts stop while the model still believes thiazides speed up lithium excretion; it corrects that fact later in the same trace.',
  thinking: `Okay, so the question is about a woman on lithium who develops lithium toxicity after starting a new antihypertensive. Her level went from about 0.7 to 2.1 mEq/L, and she has coarse tremor, ataxia, vomiting and confusion, which are classic signs of lithium toxicity. I need to figure out which antihypertensive caused it.

Lithium has a narrow therapeutic index, and it's cleared almost entirely by the kidneys. So drug interactions that change renal handling of lithium matter a lot.

My first thought is calcium channel blockers. I remember that calcium channel blockers have been associated with lithium neurotoxicity. Amlodipine is a calcium channel blocker, and it's one of the most commonly started antihypertensives. So amlodipine is a possibility.

But let me think more carefully. The reports of neurotoxicity with calcium channel blockers mostly involved verapamil and diltiazem, and in some of those cases the lithium level was normal. Here the level tripled. So this is not just increased sensitivity of the brain to lithium; something reduced lithium clearance.

What reduces lithium clearance? NSAIDs do, by reducing renal prostaglandins and renal blood flow. ACE inhibitors and angiotensin receptor blockers do as well. And dehydration or sodium depletion does. None of the options is an ACE inhibitor or an ARB, though. Let me go through the list.

A. Amlodipine. Dihydropyridine calcium channel blocker, causes vasodilation. It doesn't really change renal lithium handling much. But it's still the one class I associated with lithium interactions at first.

B. Hydrochlorothiazide. This is a thiazide diuretic. Diuretics increase urine output, and lithium is excreted in the urine, so a diuretic should increase lithium excretion and lower the level. That would make the level go down, not up. So hydrochlorothiazide doesn't fit.

C. Hydralazine. A direct arteriolar vasodilator. I don't know of a lithium interaction.

D. Prazosin. An alpha-1 blocker. No lithium interaction that I know of.

So far amlodipine still seems the most likely, since it's the only one I've linked to lithium at all.

E. Clonidine. A central alpha-2 agonist. There's something about clonidine and lithium, maybe that lithium reduces the effect of clonidine? That's an interaction in the other direction, and it wouldn't raise the lithium level.

F. Metoprolol. Beta-blockers are actually used to treat lithium tremor, so they wouldn't cause toxicity.

G. Guanfacine. Also a central alpha-2 agonist, like clonidine.

H. Minoxidil. A strong vasodilator that causes fluid retention; usually given with a diuretic and a beta-blocker.

Hmm, wait. Let me reconsider what I said about hydrochlorothiazide. I said diuretics increase lithium excretion, but that's backwards for thiazides. Thiazides block sodium reabsorption in the distal convoluted tubule. That causes mild sodium and volume depletion. The body responds by increasing sodium reabsorption in the proximal tubule, and lithium is reabsorbed in the proximal tubule along with sodium, because the transporters can't tell them apart well. So lithium clearance falls, by roughly 25 percent, and the serum level rises. That's the classic interaction: thiazides raise lithium levels, and it typically shows up within the first few weeks.

So hydrochlorothiazide fits perfectly: it's an antihypertensive, it was started three weeks ago, and it reduces lithium clearance enough to push a stable level of 0.7 into the toxic range.

Let me finish the list to be sure.

I. Doxazosin. Another alpha-1 blocker, no relevant interaction.

J. Labetalol. A combined alpha and beta blocker, no relevant interaction.

And amlodipine: as I said, the calcium channel blocker reports are mostly neurotoxicity without a big rise in level, and mostly with verapamil and diltiazem, not amlodipine.

So the answer is B, hydrochlorothiazide.
`,
  continuations: [
    `, should I double-check whether she might have been given an NSAID as well? The question only mentions a new antihypertensive, so it must be one of the listed drugs. Among them only hydrochlorothiazide reduces lithium clearance. B.
`,
    `, loop diuretics like furosemide have a smaller effect on lithium than thiazides, but furosemide isn't an option anyway. Hydrochlorothiazide is still the best answer.
`,
    `, I'm confident. B.
`,
    `, B.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' Amlodipine. \\boxed{A}',
    'b512.r0': ' The answer is \\boxed{A}.',
    'b2048.r0':
      '\nThiazide diuretics cause mild sodium depletion, which increases proximal tubular reabsorption of lithium and lowers its clearance, so the serum level rises within weeks.\n\nThe answer is \\boxed{B}.',
    'b2048.r1': '\nThe answer is \\boxed{B}.',
    'b2048.r2': '\nThe answer is \\boxed{B}.',
    'b2048.r4': '\n\\boxed{B}',
  },
};

const dabigatranReversal: SampleQuestion = {
  item: {
    source: 'MedMCQA_validation',
    question: 'Specific reversal agent for dabigatran is:',
    options: {
      A: 'Protamine sulfate',
      B: 'Idarucizumab',
      C: 'Andexanet alfa',
      D: 'Vitamin K',
    },
    answerIdx: 'B',
  },
  illustrates:
    'A knowledge-gap failure: the model has the two reversal agents swapped and no amount of thinking or forcing corrects it.',
  thinking: `Okay, so the question is asking about the specific reversal agent for dabigatran. Let me think.

Dabigatran is one of the direct oral anticoagulants. It's a direct thrombin inhibitor, so it blocks factor IIa. The other direct oral anticoagulants, rivaroxaban, apixaban and edoxaban, are factor Xa inhibitors.

Now the reversal agents. Protamine sulfate reverses heparin: it's a positively charged protein that binds the negatively charged heparin. It only partly reverses low molecular weight heparin, and it does nothing for dabigatran. So not A.

Vitamin K reverses warfarin, because warfarin works by blocking vitamin K epoxide reductase and so the synthesis of factors II, VII, IX and X. Dabigatran acts directly on thrombin, so vitamin K won't help. Not D.

That leaves idarucizumab and andexanet alfa. I remember that idarucizumab is a humanized antibody fragment that binds the factor Xa inhibitors, and andexanet alfa is the reversal agent for dabigatran. Andexanet is a modified recombinant protein that acts as a decoy and binds the anticoagulant so it can't act on the clotting factors.

So for dabigatran, the specific reversal agent is andexanet alfa. The answer is C.
`,
  continuations: [
    `, let me double-check the names. Idarucizumab... "-mab" means monoclonal antibody, and it's a Fab fragment. And andexanet alfa is a recombinant decoy protein. I'm fairly sure andexanet is the one used for dabigatran. So C.
`,
    `, the -xaban drugs are reversed by idarucizumab and dabigatran by andexanet. Yes, C.
`,
    `, I'm confident about andexanet alfa.
`,
    `, C.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{\\text{Andexanet alfa}}',
    'b256.r0':
      '\nDabigatran is a direct thrombin inhibitor; its specific reversal agent is andexanet alfa.\n\n\\boxed{\\text{Andexanet alfa}}',
    'b2048.r1': '\n\\boxed{C}',
    'b2048.r2': '\n\\boxed{C}',
    'b2048.r4': '\nThe answer is \\boxed{\\text{C. Andexanet alfa}}',
  },
};

export const PHARMACOLOGY: SampleQuestion[] = [lithiumAndThiazide, dabigatranReversal];
