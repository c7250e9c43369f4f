/**
 * Nephrology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const dkaAcidBase: SampleQuestion = {
  item: {
    source: 'MedBullets_op5',
    question:
      'A 24-year-old woman with type 1 diabetes mellitus is brought to the emergency department with 2 days of vomiting, abdominal pain and increasing drowsiness. ' +
      'She stopped taking insulin 3 days ago when she ran out. Her respirations are 30/min and deep. ' +
      'Serum studies show: Na+ 134 mEq/L, K+ 5.1 mEq/L, Cl- 100 mEq/L, HCO3- 10 mEq/L, urea nitrogen 28 mg/dL, creatinine 1.2 mg/dL, glucose 480 mg/dL and albumin 4.2 g/dL. ' +
      'Arterial blood gas analysis on room air shows pH 7.24, PaCO2 24 mm Hg and PaO2 100 mm Hg. ' +
      'Which of the following best describes her acid-base status?',
    options: {
      A: 'Anion gap metabolic acidosis with appropriate respiratory compensation',
      B: 'Anion gap metabolic acidosis with concomitant respiratory acidosis',
      C: 'Anion gap metabolic acidosis with concomitant metabolic alkalosis',
      D: 'Mixed anion gap and non-anion gap metabolic acidosis',
      E: 'Non-anion gap metabolic acidosis with respiratory alkalosis',
    },
    answerIdx: 'A',
  },
  illustrates:
    'A long trace that wanders (first impression right, then the vomiting trap, then a misremembered delta-ratio cut-off) and only settles on the right answer after 2,048 tokens: the larger budget rescues it.',
  thinking: `Okay, so the question is about a young woman with type 1 diabetes who stopped her insulin and now has vomiting, abdominal pain, drowsiness and deep rapid breathing. Glucose is 480. This is diabetic ketoacidosis. The deep respirations are Kussmaul breathing, the respiratory compensation for a metabolic acidosis.

So at first glance this is an anion gap metabolic acidosis from ketoacids, with the lungs compensating. But the question is about the full acid-base status, so I should work through it step by step and not just go with the first impression.

One thing that catches my eye is the vomiting. She has been vomiting for 2 days. Vomiting causes loss of gastric hydrochloric acid, which leads to a metabolic alkalosis, usually hypochloremic. So it's quite possible that she has a metabolic alkalosis on top of the ketoacidosis. That's a classic trap in these questions: DKA plus vomiting gives a mixed picture. If there were a hidden metabolic alkalosis, the bicarbonate would be higher than expected for the size of the anion gap.

Let me go step by step anyway.

Step 1: the pH. 7.24 is below 7.35, so she is acidemic.

Step 2: the primary process. The bicarbonate is 10, which is very low (normal about 24), and the PaCO2 is 24, also low (normal about 40). A low bicarbonate with a low pH means a primary metabolic acidosis. The low PaCO2 is in the direction of compensation. If it were a primary respiratory alkalosis, the pH would be high, so the metabolic acidosis is the primary disorder.

Step 3: the anion gap. Anion gap = Na minus (Cl plus HCO3) = 134 minus (100 plus 10) = 134 minus 110 = 24. A normal anion gap is about 12, or 8 to 12 depending on the lab. So 24 is clearly elevated. That confirms an anion gap metabolic acidosis, which fits ketoacidosis.

Should I correct the anion gap for albumin? The albumin is 4.2 g/dL, which is normal, so no correction is needed. The corrected anion gap is still 24.

Now, back to the vomiting. Vomiting for 2 days, losing HCl. The chloride is 100, which is at the lower end of normal. In a pure vomiting alkalosis the chloride is often low. Here the chloride is not very low, but it's not high either. Hmm. In DKA, you'd think the chloride could go either way. I think the vomiting is the key detail that the question writers put in on purpose. Why else mention 2 days of vomiting? Vomiting is also just a common symptom of DKA itself, though, from the ketosis and the abdominal pain.

So right now I'm thinking it could be C, anion gap metabolic acidosis with concomitant metabolic alkalosis. But to say that properly I need the delta-delta, which compares the rise in the anion gap with the fall in bicarbonate.

Step 4: the delta-delta. Delta anion gap = measured anion gap minus normal anion gap = 24 minus 12 = 12. Delta bicarbonate = normal bicarbonate minus measured = 24 minus 10 = 14. The delta ratio is delta AG divided by delta HCO3, so 12 divided by 14, which is about 0.86.

Now how do I interpret 0.86? If there were a hidden metabolic alkalosis from the vomiting, the bicarbonate would have fallen less than the anion gap rose, so the ratio would be above 2. Here the ratio is below 1, the opposite direction. So the data do not support a concomitant metabolic alkalosis. The vomiting doesn't seem to have left a measurable alkalosis. OK, so C is less likely than I thought.

What does a ratio below 1 mean? I remember the rule: if the delta ratio is less than 1, the bicarbonate has fallen more than the anion gap has risen, which means there is an additional non-anion gap (hyperchloremic) metabolic acidosis. If the ratio is between 1 and 2, it's a pure anion gap metabolic acidosis. If it's above 2, there's a concomitant metabolic alkalosis.

So with a ratio of 0.86, which is below 1, that means a mixed anion gap and non-anion gap metabolic acidosis. That's option D.

Hmm, does that make sense clinically? A non-anion gap acidosis in DKA could come from... diarrhea, renal tubular acidosis, or saline infusion. She hasn't had treatment yet, so not saline. No diarrhea mentioned. But in DKA, some ketoanions are excreted in the urine with sodium, and that can leave the patient with a hyperchloremic component. That's usually described during treatment, though. Still, the rule says ratio less than 1 means a mixed picture.

Let me also check the respiratory compensation, since options A and B hinge on that.

Step 5: Winter's formula. Expected PaCO2 = 1.5 times HCO3 plus 8, plus or minus 2. So 1.5 times 10 is 15, plus 8 is 23. The range is 21 to 25. The measured PaCO2 is 24, which is within 21 to 25. So the respiratory compensation is appropriate. There's no additional respiratory acidosis (that would be PaCO2 above 25) and no additional respiratory alkalosis (PaCO2 below 21).

So B, anion gap acidosis with concomitant respiratory acidosis, is out. And E, non-anion gap acidosis with respiratory alkalosis, is out for two reasons: the anion gap is high, and the PaCO2 is appropriate, not too low.

Let me double-check Winter's formula with a quick alternative rule: the PaCO2 should be roughly the last two digits of the pH. The pH is 7.24, so the PaCO2 should be about 24, and it's exactly 24. That agrees: appropriate compensation.

So the respiratory side is fine, and the question comes down to the metabolic side: pure anion gap acidosis (A), anion gap acidosis plus metabolic alkalosis (C), or mixed anion gap and non-anion gap acidosis (D).

C we've already argued against, since the delta ratio is below 1, not above 2.

Between A and D, it depends on the delta ratio interpretation. With 0.86 being below 1, the rule I recalled points to D.

Let me recompute everything just to be safe.
Na 134, Cl 100, HCO3 10.
AG = 134 minus 100 minus 10 = 24. Yes.
Normal AG 12, so delta AG = 12.
Normal HCO3 24, so delta HCO3 = 14.
Ratio = 12/14 = 0.857.

If I use a normal anion gap of 10 instead of 12, the delta AG is 14 and the ratio is 14/14 = 1.0. Hmm. So it depends on what normal value I use. With a normal gap of 10, the ratio is exactly 1, which would be a pure anion gap acidosis. With 12, it's 0.86. The answer shouldn't hinge on such a small difference, so maybe the question intends the ratio to be "about 1".

Also, let me check the potassium. K 5.1 is high-normal, which is typical in DKA: insulin deficiency and hyperosmolality shift potassium out of cells even though total body potassium is depleted. That doesn't change the acid-base classification.

The BUN of 28 and creatinine of 1.2 suggest some prerenal azotemia from volume depletion, with a BUN/creatinine ratio over 20. Uremia usually doesn't cause a significant anion gap until the kidney failure is much more severe, so this gap is from ketoacids. Lactate might contribute a little if she's volume depleted, but that would still be an anion gap acidosis.

Let me also compute the serum osmolality to make sure there's nothing odd: 2 times Na plus glucose/18 plus BUN/2.8 = 268 plus 26.7 plus 10 = about 305. That's elevated, consistent with hyperglycemia. No osmolal gap can be calculated since a measured osmolality isn't given, so no reason to suspect a toxic alcohol.

So, where am I? The anion gap acidosis is certain. The compensation is appropriate. The remaining question is whether there's an additional non-anion gap acidosis, based on a delta ratio of 0.86.

The standard teaching I recalled: less than 1 means a concurrent non-anion gap acidosis. So by that rule, D.

Is there a clinical reason for a non-anion gap component at presentation? Actually, yes, I think there is. Patients with DKA who keep drinking fluids and keep their kidney function lose ketoanions, acetoacetate and beta-hydroxybutyrate, in the urine as sodium and potassium salts. Those anions are potential bicarbonate, because when insulin is given they are metabolized back to bicarbonate. When they are lost in the urine, the kidney retains chloride instead, and a hyperchloremic, non-anion gap component develops alongside the anion gap acidosis. So a mixed anion gap and non-anion gap acidosis is a recognized pattern in DKA.

Her creatinine is 1.2, only a little raised, so her kidneys are still working and could have been excreting ketoanions for 2 days. That supports a non-anion gap component.

And the numbers: the bicarbonate fell by 14 while the gap rose by only 12. Two mEq/L of bicarbonate loss are not accounted for by unmeasured anions. That's exactly what the delta ratio below 1 is telling me.

Let me make sure I'm not confusing this with the other direction. A ratio above 2 means the bicarbonate is higher than expected: metabolic alkalosis. A ratio below 1 means the bicarbonate is lower than expected: extra non-gap acidosis. Yes, that's the direction. So D is consistent with the rule and has a plausible mechanism.

What about option E, a non-anion gap acidosis with respiratory alkalosis? No, the main acidosis clearly has a high anion gap, and the PaCO2 is appropriate. E is out.

So I'm leaning toward D, mixed anion gap and non-anion gap metabolic acidosis.

But I'm not fully comfortable, because D would mean there's no respiratory part mentioned, and the question gives a full ABG with PaCO2 24 that fits compensation perfectly, as if the question writer wanted me to check Winter's formula and find it appropriate. Option A says exactly "with appropriate respiratory compensation". If the intended answer were D, the writers would probably have built the numbers to give a clearly low ratio, like 0.5, and a high chloride. Here the chloride is 100, which is normal, not hyperchloremic. A non-anion gap acidosis is by definition hyperchloremic: the chloride rises as the bicarbonate falls. A chloride of 100 with a sodium of 134 is not hyperchloremic.

Let me reconsider the cut-offs of the delta ratio more carefully. I think the commonly quoted ranges are: below 0.4, a hyperchloremic normal anion gap acidosis; 0.4 to 0.8, a combined high anion gap and normal anion gap acidosis; 0.8 to 2, an uncomplicated high anion gap acidosis; above 2, a high anion gap acidosis with a concurrent metabolic alkalosis or a pre-existing high bicarbonate. And specifically for DKA, the ratio is typically around 1, often a bit below, because some ketoanions are lost in the urine before the patient presents, so the gap rises a little less than the bicarbonate falls. So a ratio between 0.8 and 1 in DKA is the expected pattern of a pure anion gap acidosis, not a sign of a second disorder.

So my earlier rule, "below 1 means a non-anion gap acidosis", was too strict. The threshold for a combined disorder is about 0.8, not 1. With 0.86, she falls in the uncomplicated range. And with a normal gap of 10, the ratio is 1.0, clearly uncomplicated. Either way, D isn't supported, and the normal chloride agrees.

So let me put it all together:
- Acidemia, pH 7.24.
- Primary metabolic acidosis, HCO3 10.
- Anion gap 24, elevated, from ketoacids (DKA).
- Delta ratio about 0.86 to 1, an uncomplicated anion gap acidosis; no hidden metabolic alkalosis despite the vomiting, and no significant non-anion gap component.
- Winter's formula: expected PaCO2 21 to 25, measured 24, so the respiratory compensation is appropriate.

That's option A: anion gap metabolic acidosis with appropriate respiratory compensation.

The vomiting was a distractor, or at least it didn't produce a measurable alkalosis. And the Kussmaul breathing is just the compensation.

So the answer is A.
`,
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' \\boxed{C}',
    'b512.r0': ' \\boxed{C. Anion gap metabolic acidosis with concomitant metabolic alkalosis}',
    'b1024.r0': ' The delta ratio is below 1, so the answer is \\boxed{D}.',
    'b2048.r0': ' \\boxed{D}',
    'b4096.r0':
      '\nAnion gap 24 (albumin normal); delta ratio about 0.86, within the range of an uncomplicated anion gap acidosis in DKA; Winter\'s formula predicts a PaCO2 of 21–25 mm Hg and it is 24, so the compensation is appropriate.\n\nThe answer is \\boxed{A}.',
  },
};

export const NEPHROLOGY: SampleQuestion[] = [dkaAcidBase];
