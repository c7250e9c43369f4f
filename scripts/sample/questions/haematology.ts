/**
 * Haematology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const heparinInducedThrombocytopenia: SampleQuestion = {
  item: {
    source: 'MedBullets_op4',
    question:
      'A 66-year-old woman is on postoperative day 7 after a total knee arthroplasty. She has received subcutaneous unfractionated heparin for thromboprophylaxis since surgery. ' +
      'Her platelet count has fallen from 260,000/mm3 before surgery to 95,000/mm3, and duplex ultrasonography shows a new thrombus in the left femoral vein. ' +
      'Which of the following is the most appropriate next step in management?',
    options: {
      A: 'Switch to subcutaneous enoxaparin',
      B: 'Stop heparin and start an argatroban infusion',
      C: 'Transfuse platelets',
      D: 'Start warfarin immediately',
    },
    answerIdx: 'B',
  },
  illustrates:
    'Two flips in one question: the early cuts answer right on first impression, the finished first pass recalls a wrong fact (that low molecular weight heparin is safe in HIT), and the first "Wait" round corrects it.',
  thinking: `Okay, so the question is about a woman on heparin after knee surgery whose platelets dropped by more than half around day 7, and who now has a new deep vein thrombosis. This is heparin-induced thrombocytopenia, type II, the immune type: antibodies against the platelet factor 4 and heparin complex activate platelets, causing both thrombocytopenia and thrombosis. The timing, 5 to 10 days after starting heparin, and the fall of more than 50 percent fit, and the new thrombosis makes it HIT with thrombosis.

The management is to stop all heparin and start a non-heparin anticoagulant.

Now which anticoagulant? Argatroban is a direct thrombin inhibitor given as a continuous infusion; it needs aPTT monitoring. Enoxaparin is a low molecular weight heparin given subcutaneously, which is much more convenient. Low molecular weight heparin causes HIT far less often than unfractionated heparin, because the shorter chains form the PF4 complex less readily. So switching from unfractionated heparin to enoxaparin removes the main trigger and still treats the DVT.

Platelet transfusion, C, is generally avoided in HIT because it can fuel thrombosis; she isn't bleeding. Warfarin, D, should not be started alone during acute HIT, because it lowers protein C quickly and can cause venous limb gangrene and skin necrosis; it's started only after the platelets recover, overlapping with a parenteral agent.

So it's between A and B. Since enoxaparin is a low molecular weight heparin with a much lower risk of HIT, and it's easier to give, switching to enoxaparin seems reasonable.

So the answer is A.
`,
  continuations: [
    `, that's not right. The lower rate of HIT with low molecular weight heparin is about starting it in a patient who doesn't have HIT. Once the antibodies are there, they cross-react with low molecular weight heparin in most patients, so enoxaparin is contraindicated in established HIT. All heparins have to be stopped. So she needs a non-heparin anticoagulant, and argatroban is the standard choice. The answer is B.
`,
    `, fondaparinux would also be an option in practice, but it isn't listed. Among the options, argatroban. B.
`,
    `, B.
`,
    `, B.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{B}',
    'b256.r0': ' \\boxed{B. Stop heparin and start an argatroban infusion}',
    'b512.r0':
      '\nLow molecular weight heparin carries a much lower risk of heparin-induced thrombocytopenia, so switching to enoxaparin removes the trigger while treating the thrombosis.\n\n\\boxed{A}',
    'b2048.r1': '\nHIT antibodies cross-react with low molecular weight heparin, so all heparin is stopped and a direct thrombin inhibitor is started.\n\n\\boxed{B}',
    'b2048.r2': '\n\\boxed{B}',
    'b2048.r4': '\n\\boxed{B}',
  },
};

export const HAEMATOLOGY: SampleQuestion[] = [heparinInducedThrombocytopenia];
