/**
 * Cardiology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const rightVentricularInfarct: SampleQuestion = {
  item: {
    source: 'MedQA_USLME_test',
    question:
      'A 64-year-old man comes to the emergency department 1 hour after the onset of crushing substernal chest pain that radiates to his jaw. ' +
      'He has hypertension and type 2 diabetes mellitus. His pulse is 54/min and blood pressure is 84/50 mm Hg. ' +
      'Examination shows jugular venous distention; the lungs are clear to auscultation. ' +
      'An ECG shows ST-segment elevation in leads II, III and aVF, and a right-sided ECG shows ST-segment elevation in lead V4R. ' +
      'Aspirin has been given and the catheterization laboratory has been activated. ' +
      'Which of the following is the most appropriate next step in the management of his hypotension?',
    options: {
      A: 'Intravenous nitroglycerin',
      B: 'Intravenous furosemide',
      C: 'Intravenous normal saline bolus',
      D: 'Intravenous metoprolol',
    },
    answerIdx: 'C',
  },
  illustrates: 'A stable correct question: right the whole way, and the "Wait" rounds only re-check it.',
  thinking: `Okay, so the question is about a man with an inferior STEMI who is hypotensive, and they want the next step for the hypotension. Let me think this through.

He has ST elevation in II, III and aVF, which is the inferior wall. That's usually the right coronary artery. And there's ST elevation in V4R on the right-sided ECG, which points to right ventricular involvement. So this is an inferior MI with a right ventricular infarct.

The classic triad for right ventricular infarction is hypotension, raised jugular venous pressure and clear lung fields. He has all three: BP 84/50, JVD, clear lungs. The bradycardia fits too, since the RCA supplies the SA node in most people and the AV node in most people as well.

Now, in a right ventricular infarct the right ventricle can't pump blood forward well, so the left ventricle is underfilled. Cardiac output becomes dependent on preload. That's the key point here. Anything that lowers preload can make the hypotension much worse.

Let me go through the options.

A. Intravenous nitroglycerin. Nitrates are venodilators, so they reduce preload. In right ventricular infarction they should be avoided because they can cause profound hypotension. Also his systolic pressure is already below 90. So no.

B. Intravenous furosemide. He has JVD, so someone might think of volume overload, but the lungs are clear. The JVD comes from the failing right ventricle, not from too much fluid. A diuretic would lower preload further. So no.

C. Intravenous normal saline bolus. This raises right ventricular preload and helps fill the left ventricle. It's the standard first step for hypotension in right ventricular infarction, as long as there's no pulmonary oedema. His lungs are clear, so fluids are appropriate.

D. Intravenous metoprolol. A beta-blocker is contraindicated here: he's hypotensive and bradycardic at 54, with signs of low output. That could push him into cardiogenic shock.

So the answer should be C, the fluid bolus. If fluids don't restore the pressure, an inotrope such as dobutamine would come next, but that's not an option anyway. And reperfusion with primary PCI is the definitive treatment, but the question asks specifically about the hypotension.

So the answer is C.
`,
  continuations: [
    `, let me make sure I'm not missing anything. Could hypotension with JVD and clear lungs be cardiac tamponade instead? Tamponade gives that picture too, and it can complicate an MI through free wall rupture. But rupture usually happens days after the infarct, not in the first hour, and the ECG here specifically shows ST elevation in V4R, which is the marker of right ventricular infarction. So the right ventricular infarct is the better explanation, and fluids are still right.
`,
    `, what about atropine for the bradycardia? A rate of 54 is low but not extreme, and atropine isn't one of the options. The question is about the hypotension, and the preload-dependent right ventricle is the main problem. I'm confident it's C.
`,
    `, one more check on nitroglycerin. It's tempting for the chest pain, but with a systolic pressure under 90 and a right ventricular infarct it is contraindicated. Yes, C.
`,
    `, I think I've covered everything. Normal saline bolus.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{C}',
    'b256.r0': ' \\boxed{C. Intravenous normal saline bolus}',
    'b512.r0':
      '\nIn a right ventricular infarction the cardiac output depends on preload, so the hypotension is treated first with intravenous fluids; nitrates, diuretics and beta-blockers would all make it worse.\n\nThe answer is \\boxed{C}.',
    'b2048.r1':
      '\nHypotension, raised jugular venous pressure and clear lungs with ST elevation in V4R mean a right ventricular infarct; the next step is an intravenous normal saline bolus.\n\nThe answer is \\boxed{C}.',
    'b2048.r2': '\nThe answer is \\boxed{C}.',
    'b2048.r4': '\nThe answer is \\boxed{C. Intravenous normal saline bolus}.',
  },
};

export const CARDIOLOGY: SampleQuestion[] = [rightVentricularInfarct];
