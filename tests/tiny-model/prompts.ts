/**
 * m1-style prompts for exercising the tiny model: short exam questions with options, rendered
 * exactly as the m1 protocol does (default Qwen system prompt, options one per line, the
 * boxed-answer instruction, then the assistant turn opened with a think block).
 */
export interface SampleQuestion {
  question: string;
  options: Record<string, string>;
}

export const SAMPLE_QUESTIONS: SampleQuestion[] = [
  { question: 'A 45-year-old man presents with crushing chest pain radiating to the left arm. Which of the following is the most likely diagnosis?', options: { A: 'Myocardial infarction', B: 'Pericarditis', C: 'Aortic dissection', D: 'Pulmonary embolism' } },
  { question: 'A 6-year-old boy has fever, sore throat and a sandpaper-like rash. Which organism is most likely responsible?', options: { A: 'Streptococcus pyogenes', B: 'Staphylococcus aureus', C: 'Measles virus', D: 'Epstein-Barr virus' } },
  { question: 'Which vitamin deficiency causes scurvy?', options: { A: 'Vitamin A', B: 'Vitamin B12', C: 'Vitamin C', D: 'Vitamin D' } },
  { question: 'A 30-year-old woman has heat intolerance, weight loss and a diffuse goiter. Which of the following is the most likely cause?', options: { A: 'Graves disease', B: 'Hashimoto thyroiditis', C: 'Thyroid carcinoma', D: 'Iodine deficiency' } },
  { question: 'What is the mechanism of action of aspirin?', options: { A: 'Irreversible inhibition of cyclooxygenase', B: 'Blockade of ADP receptors', C: 'Inhibition of thrombin', D: 'Activation of plasminogen' } },
  { question: 'A patient with chronic kidney disease has a serum potassium of 7.1 mEq/L and peaked T waves. What is the best next step in management?', options: { A: 'Intravenous calcium gluconate', B: 'Oral potassium', C: 'Hemodialysis tomorrow', D: 'Observation' } },
  { question: 'Which nerve is injured in a midshaft fracture of the humerus?', options: { A: 'Median nerve', B: 'Radial nerve', C: 'Ulnar nerve', D: 'Axillary nerve', E: 'Musculocutaneous nerve' } },
  { question: 'Is aspirin effective for the primary prevention of cardiovascular events in older adults?', options: { A: 'yes', B: 'no', C: 'maybe' } },
  { question: 'A 68-year-old smoker has hyponatremia and a central lung mass. Which tumor is most likely?', options: { A: 'Small cell carcinoma', B: 'Adenocarcinoma', C: 'Squamous cell carcinoma', D: 'Carcinoid tumor' } },
  { question: 'A newborn has bilious vomiting on the first day of life and a double bubble sign on radiograph. What is the diagnosis?', options: { A: 'Pyloric stenosis', B: 'Duodenal atresia', C: 'Hirschsprung disease', D: 'Intussusception' } },
  { question: 'Which drug is the first-line treatment for anaphylaxis?', options: { A: 'Diphenhydramine', B: 'Epinephrine', C: 'Prednisone', D: 'Albuterol' } },
  { question: 'A 25-year-old woman has a malar rash, arthritis and proteinuria. Which antibody is most specific for her condition?', options: { A: 'Antinuclear antibody', B: 'Anti-double-stranded DNA', C: 'Anti-Smith', D: 'Rheumatoid factor' } },
  { question: 'Which of the following electrolyte abnormalities is associated with refeeding syndrome?', options: { A: 'Hypophosphatemia', B: 'Hypercalcemia', C: 'Hypernatremia', D: 'Hyperkalemia' } },
  { question: 'A 55-year-old alcoholic man presents with confusion, ataxia and ophthalmoplegia. Which vitamin should be given first?', options: { A: 'Folate', B: 'Thiamine', C: 'Pyridoxine', D: 'Niacin' } },
  { question: 'What is the most common cause of community-acquired pneumonia in adults?', options: { A: 'Haemophilus influenzae', B: 'Mycoplasma pneumoniae', C: 'Streptococcus pneumoniae', D: 'Klebsiella pneumoniae' } },
  { question: 'A patient on warfarin has an INR of 9 and active bleeding. What should be administered?', options: { A: 'Protamine sulfate', B: 'Vitamin K and prothrombin complex concentrate', C: 'Platelet transfusion', D: 'Desmopressin' } },
  { question: 'Which cranial nerve is responsible for lateral movement of the eye?', options: { A: 'Oculomotor', B: 'Trochlear', C: 'Abducens', D: 'Facial' } },
  { question: 'A 2-year-old child has a painless abdominal mass and hematuria. Which tumor is most likely?', options: { A: 'Neuroblastoma', B: 'Wilms tumor', C: 'Hepatoblastoma', D: 'Lymphoma' } },
  { question: 'What is the antidote for acetaminophen overdose?', options: { A: 'Naloxone', B: 'Flumazenil', C: 'N-acetylcysteine', D: 'Atropine' } },
  { question: 'A 40-year-old woman has fatigue, pruritus and an elevated alkaline phosphatase with antimitochondrial antibodies. What is the diagnosis?', options: { A: 'Primary biliary cholangitis', B: 'Primary sclerosing cholangitis', C: 'Autoimmune hepatitis', D: 'Gallstones' } },
  { question: 'Which heart sound is associated with mitral stenosis?', options: { A: 'Opening snap', B: 'Fixed split S2', C: 'S3 gallop', D: 'Ejection click' } },
  { question: 'A marathon runner collapses with a temperature of 41 degrees and confusion. What is the most appropriate treatment?', options: { A: 'Antipyretics', B: 'Rapid cooling', C: 'Antibiotics', D: 'Dantrolene' } },
  { question: 'Which hormone is produced by the beta cells of the pancreas?', options: { A: 'Glucagon', B: 'Somatostatin', C: 'Insulin', D: 'Gastrin' } },
  { question: 'A 70-year-old man has a resting tremor, bradykinesia and rigidity. Which neurotransmitter is deficient?', options: { A: 'Acetylcholine', B: 'Serotonin', C: 'Dopamine', D: 'GABA' } },
  { question: 'What is the first-line pharmacological treatment for type 2 diabetes mellitus?', options: { A: 'Insulin glargine', B: 'Metformin', C: 'Glipizide', D: 'Pioglitazone' } },
  { question: 'A pregnant woman at 34 weeks has hypertension, headache and proteinuria. Which drug prevents seizures?', options: { A: 'Magnesium sulfate', B: 'Phenytoin', C: 'Diazepam', D: 'Labetalol' } },
  { question: 'Which cell type is infected by HIV?', options: { A: 'CD8 T cells', B: 'CD4 T cells', C: 'B cells', D: 'Neutrophils' } },
  { question: 'A patient has a blood pressure of 80/50 mm Hg, warm extremities and fever after surgery. What type of shock is this?', options: { A: 'Cardiogenic', B: 'Hypovolemic', C: 'Septic', D: 'Obstructive' } },
  { question: 'Which bone is most commonly fractured in a fall on an outstretched hand in young adults?', options: { A: 'Scaphoid', B: 'Lunate', C: 'Radius', D: 'Ulna' } },
  { question: 'A 50-year-old man has sudden severe headache described as the worst of his life. What is the best initial test?', options: { A: 'Lumbar puncture', B: 'Noncontrast CT of the head', C: 'MRI of the brain', D: 'Electroencephalogram' } },
  { question: 'Which enzyme is deficient in classic phenylketonuria?', options: { A: 'Tyrosinase', B: 'Phenylalanine hydroxylase', C: 'Homogentisate oxidase', D: 'Cystathionine synthase' } },
  { question: 'What is the most common site of ectopic pregnancy?', options: { A: 'Ovary', B: 'Cervix', C: 'Ampulla of the fallopian tube', D: 'Abdominal cavity' } },
];

export const QWEN_DEFAULT_SYSTEM_PROMPT = 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.';

/** The full m1 prompt text for a question (to be tokenized with special tokens on). */
export function m1PromptText(q: SampleQuestion): string {
  const optionLines = Object.entries(q.options).map(([letter, text]) => `${letter}. ${text}`).join('\n');
  const user = `${q.question}\n${optionLines}\nReturn your final response within \\boxed{}.`;
  return (
    `<|im_start|>system\n${QWEN_DEFAULT_SYSTEM_PROMPT}<|im_end|>\n` +
    `<|im_start|>user\n${user}<|im_end|>\n` +
    `<|im_start|>assistant\n<|im_start|>think\n`
  );
}
