/**
 * Suggested tag labels: the failure kinds of the m1 case studies plus common mechanics.
 * Reviewers may type any other label.
 */
export const SUGGESTED_TAG_LABELS: readonly string[] = [
  'knowledge: insufficient',
  'knowledge: incorrect, obstructs reasoning',
  'knowledge: not corrected by more thinking',
  'forcing flipped a correct answer',
  'overthinking',
  'answer only in thinking',
  'extraction problem',
  'question ambiguous',
];
