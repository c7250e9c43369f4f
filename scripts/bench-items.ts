/** Generated multiple-choice questions for the benchmarks (not medical content: load only). */
import type { Item } from '../src/shared/domain';

const ORGANS = ['heart', 'lung', 'kidney', 'liver', 'brain', 'pancreas', 'thyroid', 'spleen', 'stomach', 'colon'];
const FINDINGS = ['chest pain', 'fever and cough', 'jaundice', 'weight loss', 'headache', 'haematuria', 'palpitations'];
const ANSWERS = ['ECG', 'Troponin', 'CT scan', 'Ultrasound', 'Biopsy', 'Antibiotics', 'Observation', 'Surgery', 'MRI'];

export function benchItems(n: number): Item[] {
  return Array.from({ length: n }, (_, i) => {
    const k = 4 + (i % 2);
    const options: Record<string, string> = {};
    for (let j = 0; j < k; j++) options[String.fromCharCode(65 + j)] = ANSWERS[(i + j * 2) % ANSWERS.length];
    const answerIdx = String.fromCharCode(65 + (i % k));
    return {
      source: i % 3 === 0 ? 'MedQA_USLME_test' : i % 3 === 1 ? 'MedMCQA_validation' : 'PubMedQA_test',
      index: i,
      question: `A ${20 + i}-year-old patient presents with ${FINDINGS[i % FINDINGS.length]} and a finding in the ${ORGANS[i % ORGANS.length]}. What is the best next step?`,
      options,
      answer: options[answerIdx],
      answerIdx,
    };
  });
}
