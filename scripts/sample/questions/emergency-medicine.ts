/**
 * Emergency medicine. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const tranexamicAcidTiming: SampleQuestion = {
  item: {
    source: 'PubMedQA_test',
    question:
      'Context: Tranexamic acid is an antifibrinolytic drug. In a large randomized placebo-controlled trial of adult trauma patients with, or at risk of, significant bleeding, ' +
      'tranexamic acid (1 g over 10 minutes, then 1 g over 8 hours) reduced all-cause mortality and death due to bleeding, without an increase in vascular occlusive events. ' +
      'In an analysis by time from injury to treatment, the reduction in death due to bleeding was greatest when treatment was given within 1 hour of injury and smaller between 1 and 3 hours, ' +
      'whereas treatment given more than 3 hours after injury was associated with an increased risk of death due to bleeding.\n' +
      'Question: Is tranexamic acid beneficial when it is first given more than 3 hours after injury?',
    options: {
      A: 'yes',
      B: 'no',
      C: 'maybe',
    },
    answerIdx: 'B',
  },
  illustrates:
    'A three-option yes/no/maybe question: an early cut hedges, the full answer is right, and the second "Wait" round retreats to "maybe" (a common failure on this kind of question).',
  thinking: `Okay, so the question is whether tranexamic acid is beneficial when it's first given more than 3 hours after injury. Let me read the context carefully.

Tranexamic acid is an antifibrinolytic; it blocks the conversion of plasminogen to plasmin, so clots aren't broken down as quickly. In the trial described, adult trauma patients with or at risk of significant bleeding got tranexamic acid or placebo, and tranexamic acid reduced all-cause mortality and death due to bleeding overall, with no increase in vascular occlusive events.

Then the analysis by time to treatment: the benefit was greatest within 1 hour, smaller between 1 and 3 hours, and after 3 hours treatment was associated with an increased risk of death due to bleeding.

So the benefit depends strongly on timing. The question is specifically about treatment first given more than 3 hours after injury. According to the context, that was associated with an increased risk of death due to bleeding, so it's not beneficial, and it may even be harmful.

That's why the recommendation is to give tranexamic acid within 3 hours of injury, and not to start it later.

So the answer is no.
`,
  continuations: [
    `, is it a clear "no" or is it "maybe"? The context says the late treatment was associated with increased risk of death due to bleeding, which is the opposite of a benefit. So "no".
`,
    `, but this was an analysis by subgroup of time to treatment, not a separate randomized comparison, so it's exploratory, and the context says "associated with", not "caused". The evidence for harm after 3 hours isn't definitive. Maybe the safest answer is "maybe".
`,
    `, I think "maybe" reflects the uncertainty of a subgroup analysis better.
`,
    `, maybe.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{maybe}',
    'b256.r0':
      '\nIn the trial, treatment started more than 3 hours after injury was associated with an increased risk of death due to bleeding, so it is not beneficial.\n\n\\boxed{no}',
    'b2048.r1': '\n\\boxed{B}',
    'b2048.r2': '\n\\boxed{\\text{maybe}}',
    'b2048.r4': '\nThe answer is \\boxed{C}.',
  },
};

/** Greedy decoding that has fallen into a loop repeats the same passage word for word. */
const TCA_LOOP = `But she is still hypotensive, and intravenous lipid emulsion is used for refractory cardiotoxicity from lipophilic drugs like amitriptyline. So maybe C.

But lipid emulsion is a rescue therapy, and the first-line treatment for the wide QRS complex is sodium bicarbonate. So G.

`;

const tricyclicOverdose: SampleQuestion = {
  item: {
    source: 'MedXpertQA',
    question:
      'A 23-year-old woman is brought to the emergency department 90 minutes after ingesting an unknown quantity of her mother\'s amitriptyline tablets. ' +
      'She is confused and agitated. Her temperature is 38.1°C, pulse is 128/min and blood pressure is 82/48 mm Hg. Her skin is warm and dry, and her pupils are dilated. ' +
      'An ECG shows sinus tachycardia with a QRS duration of 142 ms and a terminal R wave in lead aVR. While she is being assessed she has a generalized seizure that stops after intravenous lorazepam. ' +
      'Her airway is secured and 2 L of crystalloid are infused, but she remains hypotensive. Which of the following is the most appropriate next pharmacotherapy?',
    options: {
      A: 'Physostigmine',
      B: 'Flumazenil',
      C: 'Intravenous lipid emulsion',
      D: 'Naloxone',
      E: 'Fomepizole',
      F: 'Hydroxocobalamin',
      G: 'Sodium bicarbonate',
      H: 'Glucagon',
      I: 'Octreotide',
      J: 'Procainamide',
    },
    answerIdx: 'G',
  },
  illustrates:
    'Degenerate repetition: the reasoning reaches the right answer, then loops between two options until the budget runs out; at the largest budget the answer phase produces nothing.',
  thinking:
    `Okay, so the question is about a young woman who took an overdose of amitriptyline, a tricyclic antidepressant, and now has confusion, agitation, fever, tachycardia, hypotension, dry skin, dilated pupils, a wide QRS and a seizure. I need the most appropriate next drug.

First, the toxidrome. Warm dry skin, dilated pupils, tachycardia, hyperthermia and agitation: that's an anticholinergic picture, and tricyclics are strongly anticholinergic. For a pure anticholinergic toxidrome, physostigmine can reverse the delirium. But physostigmine is contraindicated in tricyclic overdose, because it can precipitate bradycardia, asystole and seizures in patients with a wide QRS. So not A.

The dangerous part of a tricyclic overdose isn't the anticholinergic effect; it's the blockade of fast sodium channels in the heart. That's what widens the QRS, and a QRS over 100 ms predicts seizures and over 160 ms predicts ventricular arrhythmias. The terminal R wave in aVR is another sign of sodium channel blockade. Tricyclics also block alpha-1 receptors, causing hypotension, and they cause seizures.

The treatment for the sodium channel blockade is sodium bicarbonate. It works in two ways: the sodium load overcomes the channel blockade, and the alkalosis reduces the binding of the drug to the sodium channel. The usual indications are a QRS over 100 ms, ventricular arrhythmias or hypotension. She has a QRS of 142 ms and hypotension despite fluids. So sodium bicarbonate, G.

Let me check the other options. Flumazenil reverses benzodiazepines, and it's contraindicated in tricyclic overdose because it can cause seizures. Not B. Naloxone is for opioids, and nothing suggests opioids. Not D. Fomepizole is for toxic alcohols. Not E. Hydroxocobalamin is for cyanide. Not F. Glucagon is for beta-blocker overdose. Not H. Octreotide is for sulfonylurea-induced hypoglycemia. Not I. Procainamide is a class Ia antiarrhythmic that blocks sodium channels itself, so it would make the QRS wider. Not J.

That leaves G, sodium bicarbonate, and C, intravenous lipid emulsion. Lipid emulsion acts as a lipid sink for lipophilic drugs; it's used mainly for local anesthetic toxicity, and in severe tricyclic poisoning that doesn't respond to standard treatment.

Sodium bicarbonate comes first, and if she stays unstable despite bicarbonate, vasopressors such as norepinephrine and then lipid emulsion can be considered.

` + TCA_LOOP.repeat(90),
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' \\boxed{G}',
    'b512.r0': ' \\boxed{G. Sodium bicarbonate}',
    'b1024.r0': ' \\boxed{C}',
    'b2048.r0': ' \\boxed{G}',
    'b4096.r0': '',
  },
};

export const EMERGENCY_MEDICINE: SampleQuestion[] = [tranexamicAcidTiming, tricyclicOverdose];
