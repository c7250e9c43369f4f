/**
 * Obstetrics. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const magnesiumToxicity: SampleQuestion = {
  item: {
    source: 'MedQA_USLME_test',
    question:
      'A 29-year-old woman, gravida 2, para 1, at 34 weeks\' gestation is admitted with a blood pressure of 164/112 mm Hg, headache and 3+ proteinuria. ' +
      'Intravenous labetalol and a magnesium sulfate infusion are started. Four hours later she is drowsy, her respirations are 8/min, ' +
      'and the patellar reflexes are absent. Oxygen saturation is 93% on room air. Fetal heart rate tracing is reassuring. ' +
      'Which of the following is the most appropriate next step in management?',
    options: {
      A: 'Stop the magnesium infusion and give intravenous calcium gluconate',
      B: 'Increase the magnesium sulfate infusion rate',
      C: 'Give intravenous naloxone',
      D: 'Perform an emergency cesarean delivery',
    },
    answerIdx: 'A',
  },
  illustrates:
    'Repeated forcing breaks a correct answer late: right through two "Wait" rounds, then the third and fourth talk the model into delivery.',
  thinking: `Okay, so the question is about a woman with preeclampsia with severe features who was started on magnesium sulfate, and now she's drowsy, breathing 8 times a minute, and has lost her patellar reflexes.

Magnesium sulfate is given to prevent eclamptic seizures. Its toxicity follows the serum level in a predictable order: first loss of the deep tendon reflexes, then respiratory depression, and at very high levels cardiac conduction problems and cardiac arrest. That's why reflexes, respiratory rate and urine output are monitored during the infusion.

Here she has lost the patellar reflexes and has a respiratory rate of 8, so this is magnesium toxicity with respiratory depression. That's an emergency.

The treatment is to stop the magnesium infusion and give calcium gluconate intravenously, usually 1 gram over a few minutes, because calcium antagonizes magnesium at the neuromuscular junction. She should also get oxygen and airway support as needed, and a serum magnesium level should be checked. Her kidney function matters too, since magnesium is cleared by the kidneys and preeclampsia can reduce the clearance.

Let me check the other options. B, increasing the magnesium, would make it worse. C, naloxone, reverses opioids, and nothing suggests she got opioids; the picture is explained by magnesium. D, emergency cesarean: delivery is the definitive treatment for preeclampsia, but the fetal tracing is reassuring, and the mother has an acute, reversible, life-threatening problem that has to be treated first. You wouldn't take a woman with respiratory depression to surgery without reversing it.

So the answer is A.
`,
  continuations: [
    `, let me double-check the order of toxicity. Loss of reflexes comes first, then respiratory depression, then cardiac arrest. She has the first two, so calcium gluconate is urgent. A.
`,
    `, should I worry that stopping magnesium leaves her unprotected against seizures? Yes, but the toxicity is the immediate threat. Once she's stable, and depending on the level, the infusion can be restarted at a lower rate. A is still right.
`,
    `, but she's at 34 weeks with severe preeclampsia, and delivery is the only definitive treatment. Severe features at 34 weeks or later are an indication for delivery. Her condition is getting worse, she is drowsy and barely breathing. Maybe the question wants me to recognize that the mother is deteriorating and the pregnancy should be ended.
`,
    `, the blood pressure was 164/112 and she now has neurological changes. That's an indication to deliver now. So D, emergency cesarean delivery.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' \\boxed{A. Stop the magnesium infusion and give intravenous calcium gluconate}',
    'b512.r0':
      '\nLoss of the patellar reflexes and respiratory depression mean magnesium toxicity: stop the infusion and give intravenous calcium gluconate.\n\n\\boxed{A}',
    'b2048.r1': '\n\\boxed{A}',
    'b2048.r2': '\n\\boxed{A}',
    'b2048.r4': '\nDelivery is the definitive treatment of preeclampsia with severe features at 34 weeks.\n\n\\boxed{D}',
  },
};

export const OBSTETRICS: SampleQuestion[] = [magnesiumToxicity];
