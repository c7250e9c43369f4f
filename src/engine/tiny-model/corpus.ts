/**
 * Training text for the tiny tokenizer's merges: common English words ranked by frequency,
 * the words of clinical reasoning, medical vocabulary, and the fixed phrases of the m1 prompt.
 * Weights follow a Zipf-like law so frequent words become single tokens first and rare
 * medical words split into familiar sub-words, much as Qwen's vocabulary does.
 */

/** Common English words, most frequent first. */
export const ENGLISH_WORDS = `
the of and to a in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will
more can what its also into other only some could time these two may then do first any my
now such like our over man me even most made after did many before must through back years
where much your way well down should because each just those people how too little state good
very make world still own see men work long get here between both life being under never day
same another know while last might us great old year off come since against go came right used
take three states himself few house use during without again place around however home small
found thought went say part once general high upon school every does got united left number
course war until always away something fact though water less public put think almost hand
enough far took head yet government system better set told nothing night end why called
didn't eyes find going look asked later knew point next program city business give group toward
young days let room president side social given present several order national possible rather
second face per among form important often things looking early white case john become large big
need four within felt along children saw best church ever least power development light thing
seemed family interest want members mind country area others done turned although open god
service problem certain kind different thus began door help sense means whole matter perhaps
itself york times law human line above name example action company hands local show whether
five history gave today either act feet across taken past quite anything seen having death week
experience body word half really field am car words already themselves information tell
together college shall money period held keep sure free seems real probably behind miss
political air question making office brought whose special heard major problems ago became
federal moment study available known result street economic boy position reason change south
board individual job society areas west close turn love community true court force full
seem am cost wife future age wanted department voice center woman common control necessary
following front sometimes six girl clear further land run students provide feel party able
mother music education university child effect level stood military short town morning total
outside rate figure class art century washington north usually leave therefore evidence
percent black strong believe value
`;

/** Words of step-by-step reasoning and answering. */
export const REASONING_WORDS = `
wait hmm alternatively okay so let me think about answer option options correct incorrect
likely unlikely most least best next step first then therefore thus because since given
consider considering question asks asking which would could should typically usually often
rarely commonly associated presents presenting suggests suggest suggesting indicates indicate
consistent inconsistent diagnosis diagnose treatment management mechanism cause caused causes
finding findings history examination exam shows showed reveals revealed patient patients year
old man woman boy girl child infant presents complains complaint days weeks months years ago
final response within boxed return answer is are this that these those also not but however
maybe actually right wrong check recall remember key point points clue clues rule out ruled
eliminate elimination compare compared versus vs both neither either none all above below
`;

/** Medical vocabulary, roughly by how often it appears in exam questions. */
export const MEDICAL_WORDS = `
blood pressure heart rate pain fever cell cells disease syndrome infection acute chronic
clinical symptoms symptom normal abnormal increased decreased elevated low high level levels
serum test tests laboratory physical temperature pulse respiratory respirations breath
history medical family drug drugs therapy dose doses mg kg ml mmhg hospital emergency
department admitted physician nurse surgery surgical procedure chest abdominal abdomen
kidney renal liver hepatic lung lungs pulmonary cardiac cardiovascular brain cerebral nerve
nerves neurologic neurological muscle muscles bone bones skin joint joints artery arteries
vein veins vessel vessels tissue tissues tumor tumors cancer carcinoma lymphoma leukemia
metastasis malignant benign biopsy imaging radiograph ultrasound ct mri scan scans
diabetes mellitus insulin glucose hypertension hypotension tachycardia bradycardia
pneumonia sepsis shock anemia hemoglobin platelet platelets white count antibody antibodies
antigen immune immunity inflammation inflammatory infectious bacterial viral fungal
bacteria virus viruses antibiotic antibiotics penicillin vancomycin ceftriaxone
gene genes genetic mutation chromosome protein proteins enzyme enzymes receptor receptors
hormone hormones thyroid adrenal pituitary cortisol estrogen testosterone pregnancy pregnant
gestation fetal fetus neonatal newborn pediatric adult elderly woman women male female
vitamin deficiency sodium potassium calcium magnesium phosphate chloride bicarbonate
acid base acidosis alkalosis metabolic respiratory oxygen saturation carbon dioxide
stroke seizure seizures headache nausea vomiting diarrhea constipation cough dyspnea
edema rash lesion lesions mass swelling tenderness bleeding hemorrhage fracture
injury trauma wound ulcer ulcers stomach intestine colon bowel esophagus pancreas
pancreatitis hepatitis cirrhosis nephritis arthritis dermatitis meningitis encephalitis
appendicitis cholecystitis gastritis colitis bronchitis myocarditis pericarditis
myocardial infarction ischemia ischemic angina coronary atrial ventricular fibrillation
valve mitral aortic stenosis regurgitation murmur failure insufficiency embolism
thrombosis thrombus clot coagulation anticoagulant heparin warfarin aspirin statin
cholesterol lipid lipids obesity weight loss gain appetite fatigue weakness
depression anxiety schizophrenia bipolar disorder psychiatric psychosis dementia
alzheimer parkinson sclerosis multiple autoimmune lupus rheumatoid vasculitis
tuberculosis hiv aids malaria syphilis hepatitis influenza measles vaccine vaccination
pharmacology pathology physiology anatomy biochemistry microbiology immunology
diagnosis prognosis etiology pathogenesis epidemiology incidence prevalence risk factor
factors mortality morbidity sensitivity specificity trial study studies dosage
administration oral intravenous intramuscular subcutaneous injection infusion
respiratory urinary urine bladder prostate uterus ovary ovarian cervical breast
eye vision hearing ear nose throat mouth teeth dental tongue neck spine spinal
lumbar cervical thoracic pelvic pelvis femur tibia humerus radius ulna skull
lymph node nodes spleen bone marrow stem plasma serum fluid fluids dehydration
hyperkalemia hypokalemia hyponatremia hypernatremia hypercalcemia hypocalcemia
hyperglycemia hypoglycemia hyperthyroidism hypothyroidism tachypnea hypoxia cyanosis
jaundice bilirubin albumin creatinine urea nitrogen electrolyte electrolytes
erythrocyte leukocyte neutrophil neutrophils lymphocyte lymphocytes eosinophil
macrophage monocyte cytokine interleukin necrosis apoptosis fibrosis hyperplasia
hypertrophy atrophy dysplasia neoplasm adenoma sarcoma melanoma glioma
steroid steroids corticosteroid prednisone methotrexate chemotherapy radiation
transplant dialysis ventilation intubation resuscitation
`;

/** Sub-word pieces that medical words are built from. */
export const MEDICAL_PIECES = `
itis osis emia ectomy otomy ostomy plasty scopy ology ologist pathy algia oma uria
cardi cardio neur neuro gastr gastro hepat hepato nephr nephro derm dermato oste osteo
hem hemo hemat hyper hypo tachy brady dys poly olig an anti pre post peri endo epi
inter intra sub trans myo arthr pulmon bronch pneum cyt cyte leuk erythr thromb
angi vas ven arter ren cephal encephal mening gluc lip chol hydr ox pharm path
physi immun micro macro
`;

/** Fixed phrases of the m1 prompt and of typical answers. */
export const PHRASES = [
  'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.',
  'Return your final response within \\boxed{}.',
  'Final Answer: The final answer is \\boxed{A}.',
  '## Final Response\n\nThe answer is B.',
  'Wait, let me think about this again.',
  'Hmm, so the most likely diagnosis is',
  'Alternatively, the answer could be C.',
  'Okay, so the question is asking about a patient who presents with',
  'A 45-year-old man presents to the emergency department with chest pain.',
  'Which of the following is the most likely diagnosis?',
  'Which of the following is the most appropriate next step in management?',
  'Which of the following is the best initial test?',
  'Which of the following is the mechanism of action of this drug?',
  'His blood pressure is 150/90 mm Hg, pulse is 110/min, and respirations are 22/min.',
  'Laboratory studies show a serum sodium of 130 mEq/L.',
];

export interface CorpusEntry {
  text: string;
  weight: number;
}

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w.length > 0);
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The weighted training texts. Each word appears with a leading space (mid-sentence), bare
 * (start of a line) and capitalized (start of a sentence), with decreasing weights.
 */
export function trainingCorpus(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const addWord = (w: string, weight: number): void => {
    out.push({ text: ` ${w}`, weight });
    out.push({ text: ` ${capitalize(w)}`, weight: weight / 8 });
    out.push({ text: capitalize(w), weight: weight / 6 });
    out.push({ text: w, weight: weight / 12 });
  };
  words(ENGLISH_WORDS).forEach((w, rank) => addWord(w, 4000 / (rank + 10)));
  words(REASONING_WORDS).forEach((w, rank) => addWord(w, 2000 / (rank + 20)));
  words(MEDICAL_WORDS).forEach((w, rank) => addWord(w, 1500 / (rank + 30)));
  words(MEDICAL_PIECES).forEach((w) => out.push({ text: w, weight: 12 }));
  for (const p of PHRASES) out.push({ text: p, weight: 30 });
  for (const p of ['.', ',', ':', '?', ' (', ')', '\n', '\n\n', '.\n', '.\n\n', ' -', '/', '%', ' \\boxed{', '}.']) {
    out.push({ text: p, weight: 60 });
  }
  return out;
}
