/**
 * Endocrinology. Hand-written for the sample study; not model output.
 */
import type { SampleQuestion } from '../types';

const lymphomaHypercalcaemia: SampleQuestion = {
  item: {
    source: 'MedBullets_op5',
    question:
      'A 52-year-old man with newly diagnosed Hodgkin lymphoma involving the mediastinal and retroperitoneal lymph nodes has fatigue, polyuria and constipation. ' +
      'Serum calcium is 13.2 mg/dL, phosphorus 4.2 mg/dL and parathyroid hormone 6 pg/mL (N 10–65). PTH-related peptide is within normal limits, ' +
      'and a skeletal survey shows no lytic lesions. He takes no supplements or other medications. ' +
      'Which of the following is the most likely mechanism of his hypercalcemia?',
    options: {
      A: 'Secretion of PTH-related peptide by tumor cells',
      B: 'Osteolysis by tumor infiltrating the bone',
      C: 'Production of 1,25-dihydroxyvitamin D by tumor-associated macrophages',
      D: 'Ectopic secretion of parathyroid hormone',
      E: 'Vitamin D intoxication',
    },
    answerIdx: 'C',
  },
  illustrates:
    'A question that wanders from one wrong answer to another (PTH-related peptide, osteolysis, and back) across budgets and "Wait" rounds, because the model believes extrarenal calcitriol production belongs to granulomatous disease only.',
  thinking: `Okay, so the question is about hypercalcemia in a man with Hodgkin lymphoma. Calcium is 13.2, which is moderately severe, and PTH is suppressed at 6. So this is PTH-independent hypercalcemia, which fits malignancy.

The most common cause of hypercalcemia of malignancy overall is humoral hypercalcemia of malignancy, from PTH-related peptide. PTHrP binds the PTH receptor in bone and kidney, increases bone resorption and renal calcium reabsorption, and suppresses native PTH. That accounts for about 80 percent of cases of hypercalcemia of malignancy. So my first thought is A, secretion of PTHrP by the tumor.

It's typically associated with squamous cell carcinomas, like lung, head and neck, and also renal and breast cancers, and with adult T-cell lymphoma caused by HTLV-1. So lymphomas can produce PTHrP too.

But wait, the question says PTHrP is within normal limits. Hmm. That argues against humoral hypercalcemia. Although PTHrP assays are not perfect, and the question might be testing whether I know that PTHrP is the most common cause. Let me keep A in mind and look at the others.

The phosphorus is 4.2, which is upper normal. With PTHrP, like with PTH, phosphate is usually low, because PTHrP causes phosphaturia. A normal or high-normal phosphate is a point against PTHrP.

B, osteolysis by tumor infiltrating the bone. Local osteolytic hypercalcemia accounts for about 20 percent of hypercalcemia of malignancy, typically in multiple myeloma and breast cancer with extensive bone metastases. The tumor cells release cytokines that activate osteoclasts. In osteolytic hypercalcemia the phosphate is normal or high, because there's no phosphaturic hormone. That fits the phosphorus of 4.2.

The skeletal survey shows no lytic lesions. But a skeletal survey is insensitive; it only shows lesions after a large fraction of the bone is destroyed. And lymphoma can infiltrate the bone marrow diffusely, without discrete lytic lesions. So a normal skeletal survey doesn't exclude bone involvement.

So now I'm leaning toward B: normal PTHrP, normal-high phosphate, and a skeletal survey that could miss marrow infiltration.

C, production of 1,25-dihydroxyvitamin D by macrophages. Extrarenal 1-alpha-hydroxylase activity is the mechanism of hypercalcemia in granulomatous diseases, sarcoidosis and tuberculosis, where activated macrophages in the granulomas convert 25-hydroxyvitamin D to calcitriol. That's a granuloma mechanism, not a tumor mechanism. Hodgkin lymphoma isn't a granulomatous disease, so I don't think C applies here.

D, ectopic PTH. True ectopic PTH secretion by tumors is extremely rare, and here PTH is suppressed at 6, so D is out.

E, vitamin D intoxication. He takes no supplements, so E is unlikely.

So it's between A and B. Let me think again about A. The question writers included a normal PTHrP. In real practice, though, PTHrP levels can be normal in early humoral hypercalcemia, and some assays only detect certain fragments. The most common mechanism of hypercalcemia of malignancy is PTHrP, and the question asks for the most likely mechanism. Exam questions often test the most common mechanism.

And lymphomas, especially T-cell lymphomas, are known to produce PTHrP. Maybe the question wants me to recognize the humoral mechanism even though the lab is borderline.

Hmm, but the phosphate. PTHrP lowers phosphate. Phosphate of 4.2 is not low. But he has polyuria from the hypercalcemia, and probably some volume depletion and reduced kidney function, which raises phosphate. So a normal phosphate doesn't exclude PTHrP either.

So both A and B have problems: A has the normal PTHrP level, B has the normal skeletal survey.

Let me weigh them. For B I'd need bone involvement. Hodgkin lymphoma involves the bone marrow in only a small proportion of patients at diagnosis, and this man has nodal disease described: mediastinal and retroperitoneal nodes. Nothing suggests bone marrow involvement: no cytopenias mentioned, no bone pain. And the skeletal survey is negative. That's quite a lot against B.

For A, the PTHrP is normal. That's one lab value against it, and lab values can be falsely normal. So A might be the better answer after all.

Hmm, I keep going back and forth. Let me approach it differently: which mechanism matches a suppressed PTH, normal PTHrP, normal phosphate and no bone lesions? If it's not PTHrP and not bone destruction, what's left? C is granulomatous disease, D is excluded, E is excluded by history.

Actually, maybe I should reconsider. Since C only applies to granulomatous diseases, and D and E are out, the answer has to be A or B. And since the question specifically went out of its way to say PTHrP is normal, maybe they want me to exclude A, and then the normal skeletal survey is just there to remind me that imaging can miss diffuse infiltration. Osteolytic hypercalcemia with normal phosphate fits well.

So I'll go with B, osteolysis by tumor infiltrating the bone.
`,
  continuations: [
    `, but osteolysis usually needs extensive bone disease, like myeloma or breast cancer with many metastases. This man has no bone lesions at all. And PTHrP is the most common cause of hypercalcemia of malignancy by far, and lymphomas can secrete it. A normal PTHrP could be a false negative. I think A is more likely than B after all.
`,
    `, no. If the PTHrP were the cause, it would be elevated; the question gives a normal value on purpose. So the PTHrP mechanism is excluded, and bone infiltration remains. B.
`,
    `, what about the calcitriol mechanism again? No, that's for sarcoidosis and tuberculosis. Between A and B, hmm, the most common mechanism in malignancy is PTHrP.
`,
    `, I'll go with the most common mechanism: A, secretion of PTH-related peptide.
`,
  ],
  answers: {
    'b128.r0': ' \\boxed{A}',
    'b256.r0': ' \\boxed{A. Secretion of PTH-related peptide by tumor cells}',
    'b512.r0': ' \\boxed{B}',
    'b2048.r0':
      '\nPTH is suppressed, PTH-related peptide is normal and phosphate is normal, which points to local osteolytic hypercalcemia; a skeletal survey can miss diffuse infiltration.\n\n\\boxed{B}',
    'b2048.r1': '\n\\boxed{A}',
    'b2048.r2': '\nThe answer is \\boxed{B}.',
    'b2048.r4': '\nThe most common mechanism of hypercalcemia of malignancy is PTH-related peptide.\n\n\\boxed{A}',
  },
};

const dkaLowPotassium: SampleQuestion = {
  item: {
    source: 'MedQA_USLME_test',
    question:
      'A 19-year-old man with type 1 diabetes mellitus comes to the emergency department with nausea, abdominal pain and rapid breathing. ' +
      'His blood pressure is 104/66 mm Hg and pulse is 112/min. Serum glucose is 540 mg/dL, bicarbonate 8 mEq/L, anion gap 26 and potassium 3.1 mEq/L; ' +
      'serum and urine ketones are positive. Intravenous 0.9% saline has been started. ' +
      'Which of the following is the most appropriate next step in management?',
    options: {
      A: 'Start a continuous intravenous insulin infusion',
      B: 'Give intravenous potassium chloride and hold insulin until potassium is at least 3.3 mEq/L',
      C: 'Give intravenous sodium bicarbonate',
      D: 'Give subcutaneous insulin glargine',
    },
    answerIdx: 'B',
  },
  illustrates: 'A short, stable correct question answered in words ("the answer is B") without a box.',
  thinking: `Okay, so the question is about diabetic ketoacidosis with a low potassium. Glucose 540, bicarbonate 8, anion gap 26, ketones positive: that's severe DKA. Fluids have already been started.

Normally the next step after fluids is an insulin infusion. But the potassium is 3.1. Insulin drives potassium into cells, so starting insulin now could drop the potassium further and cause dangerous arrhythmias or respiratory muscle weakness. Total body potassium is depleted in DKA even when the serum level looks normal, so a low serum level means severe depletion.

The guideline rule is: if potassium is below 3.3, hold insulin and replace potassium first, and start insulin once potassium is at least 3.3. So B.

Bicarbonate is only considered for a pH below about 6.9, and it also lowers potassium. Not C. Subcutaneous glargine isn't used for the acute treatment of severe DKA. Not D.

So the answer is B.
`,
  continuations: [
    `, let me confirm the threshold. Yes, potassium below 3.3 means hold insulin. B.
`,
    `, B is right.
`,
    `, B.
`,
    `, B.
`,
  ],
  answers: {
    'b128.r0': ' The answer is B.',
    'b256.r0':
      '\nWith a potassium of 3.1 mEq/L, insulin would push potassium further into the cells, so potassium is replaced first and insulin is started once it is at least 3.3 mEq/L.\n\nThe answer is B.',
    'b2048.r1': '\nThe answer is B.',
    'b2048.r2': '\nThe answer is B: replace potassium before starting insulin.',
    'b2048.r4': '\nThe answer is B.',
  },
};

export const ENDOCRINOLOGY: SampleQuestion[] = [lymphomaHypercalcaemia, dkaLowPotassium];
