/**
 * Awkward answers with the results worked out by hand from the grading rules in
 * the protocol (extraction, direct matches, letter matching a–d). Shared by the
 * expectation tests and by the cross-check against the Python transcription.
 */
import type { GradeRule } from '../../src/shared/domain';

export interface GradeCase {
  name: string;
  answerText: string;
  options: Record<string, string>;
  answer: string;
  answerIdx: string;
  extraction: string;
  closedBox: boolean;
  rule: GradeRule;
  matchedLetter: string | null;
  correct: boolean;
}

export interface LetterCase {
  name: string;
  text: string;
  options: Record<string, string>;
  letter: string;
  rule: 'answer-is' | 'standalone-letter' | 'option-text' | 'similarity';
}

const DRUGS = { A: 'Aspirin', B: 'Heparin', C: 'Warfarin', D: 'Clopidogrel' };
const XYZW = { A: 'x', B: 'y', C: 'z', D: 'w' };
const TEN = {
  A: 'one', B: 'two', C: 'three', D: 'four', E: 'five', F: 'six', G: 'seven', H: 'eight', I: 'nine', J: 'ten',
};
const FOURTEEN = Object.fromEntries('ABCDEFGHIJKLMN'.split('').map((l, i) => [l, `option ${i + 1}`]));

/** Gold B (Heparin) among four drugs unless a case says otherwise. */
function drug(
  name: string,
  answerText: string,
  extraction: string,
  closedBox: boolean,
  rule: GradeRule,
  matchedLetter: string | null,
  correct: boolean,
): GradeCase {
  return { name, answerText, options: DRUGS, answer: 'Heparin', answerIdx: 'B', extraction, closedBox, rule, matchedLetter, correct };
}

export const GRADE_CASES: GradeCase[] = [
  // Direct matches.
  drug('prefix then boxed letter', '<|im_start|>answer\nThe answer is \\boxed{B}', 'B', true, 'single-letter', null, true),
  drug('lower-case gold letter', '\\boxed{b}', 'b', true, 'single-letter', null, true),
  drug('gold text', '\\boxed{Heparin}', 'Heparin', true, 'exact-text', null, true),
  drug('gold text, other case', '\\boxed{hEPARIN}', 'hEPARIN', true, 'exact-text', null, true),
  drug('letter and text', '\\boxed{B. Heparin}', 'B. Heparin', true, 'letter-text', null, true),
  drug('letter and text, other case', '\\boxed{b. HEPARIN}', 'b. HEPARIN', true, 'letter-text', null, true),
  drug('wrong letter with gold text', '\\boxed{A. Heparin}', 'A. Heparin', true, 'standalone-letter', 'A', false),
  drug('spaces kept inside the box', '\\boxed{ B }', ' B ', true, 'standalone-letter', 'B', true),
  drug('wrong single letter', '\\boxed{A}', 'A', true, 'standalone-letter', 'A', false),
  drug('trailing space is not a single letter', '\\boxed{B }', 'B ', true, 'standalone-letter', 'B', true),
  // No box: the whole text is graded.
  drug('no box, final answer line', '<|im_start|>answer\nFinal Answer: B', '<|im_start|>answer\nFinal Answer: B', false, 'standalone-letter', 'B', true),
  drug('empty answer text', '', '', false, 'similarity', 'D', false),
  drug('empty box', '\\boxed{}', '', true, 'similarity', 'D', false),
  // Braces.
  drug('unclosed box falls back to the whole text', 'The answer is \\boxed{B', 'The answer is \\boxed{B', false, 'standalone-letter', 'B', true),
  drug('unclosed whole text that looks wrapped is unwrapped', '\\boxed{A {B}', 'A {B', false, 'standalone-letter', 'B', true),
  drug('boxed without a brace is unclosed', '\\boxed B', '\\boxed B', false, 'standalone-letter', 'B', true),
  drug('a later brace-less boxed hides an earlier closed one', '\\boxed{A} and \\boxed B', '\\boxed{A} and \\boxed B', false, 'standalone-letter', 'B', true),
  drug('boxed reaching a later brace pair', '\\boxed B {C}', '\\boxed B {C}', true, 'standalone-letter', 'C', false),
  // Which box.
  drug('last boxed wins', '\\boxed{A} no, wait: \\boxed{B}', 'B', true, 'single-letter', null, true),
  drug('boxed preferred over a later fbox', '\\boxed{B} then \\fbox{C}', 'B', true, 'single-letter', null, true),
  drug('innermost last boxed', '\\boxed{\\text{\\boxed{C}}}', 'C', true, 'standalone-letter', 'C', false),
  drug('fbox kept with its braces', '\\fbox{B}', '\\fbox{B}', true, 'standalone-letter', 'B', true),
  drug('fbox inside boxed survives the second pass', '\\boxed{A \\fbox{B}}', '\\fbox{B}', true, 'standalone-letter', 'B', true),
  drug('fbox around boxed', '\\fbox{\\boxed{B}}', 'B', true, 'single-letter', null, true),
  drug('fbox with gold text is not exact', '\\fbox{Heparin}', '\\fbox{Heparin}', true, 'option-text', 'B', true),
  // \text{} and "=".
  drug('text unwrapped', '\\boxed{\\text{Heparin}}', 'Heparin', true, 'exact-text', null, true),
  drug('text after boxed preferred over fbox', '\\boxed{\\text{C}} and \\fbox{B}', 'C', true, 'standalone-letter', 'C', false),
  drug('equals inside the box', '\\boxed{x = B}', 'B', true, 'single-letter', null, true),
  drug('last equals wins', '\\boxed{a=b= C}', 'C', true, 'standalone-letter', 'C', false),
  drug('equals rule breaks an inner text wrapper', '\\boxed{\\text{answer = Heparin}}', 'Heparin}', true, 'option-text', 'B', true),
  drug('equals rule in a bare text wrapper', '\\text{x = B}', 'B', false, 'single-letter', null, true),
  drug('equals rule strips spaces only', '\\boxed{x =\nB}', '\nB', true, 'standalone-letter', 'B', true),
  drug('two text wrappers', '\\boxed{\\text{B} and \\text{C}}', 'B} and \\text{C', true, 'standalone-letter', 'C', false),
  // Stray capitals and articles.
  drug('last standalone letter wins', '\\boxed{I think B, not C.}', 'I think B, not C.', true, 'standalone-letter', 'C', false),
  drug('"A " is read as an article', '\\boxed{A drug like B}', 'A drug like B', true, 'standalone-letter', 'B', true),
  {
    name: 'article rule blocks the only letter; all similarities 0, last option wins',
    answerText: '\\boxed{A }', options: XYZW, answer: 'x', answerIdx: 'A',
    extraction: 'A ', closedBox: true, rule: 'similarity', matchedLetter: 'D', correct: false,
  },
  drug('lower-case letter goes to similarity; tie won by the later option', '\\boxed{a}', 'a', true, 'similarity', 'B', true),
  {
    name: 'lower-case gold letter alone is a direct match', answerText: '\\boxed{a}', options: DRUGS, answer: 'Aspirin', answerIdx: 'A',
    extraction: 'a', closedBox: true, rule: 'single-letter', matchedLetter: null, correct: true,
  },
  drug('combining mark is a non-word neighbour', '\\boxed{B\u0301}', 'B\u0301', true, 'standalone-letter', 'B', true),
  drug('superscript digit is a word neighbour', '\\boxed{B²}', 'B²', true, 'similarity', 'D', false),
  // "answer is".
  drug('answer is with newlines', 'The answer is\n\nC', 'The answer is\n\nC', false, 'answer-is', 'C', false),
  drug('last answer is wins', 'The answer is A. Wait, the answer is B', 'The answer is A. Wait, the answer is B', false, 'answer-is', 'B', true),
  drug('answer is without space', 'so the answer isC', 'so the answer isC', false, 'answer-is', 'C', false),
  drug('answer is a letter beyond the options', 'the answer is K', 'the answer is K', false, 'answer-is', 'K', false),
  drug('capital Answer is not step a', 'Answer is B', 'Answer is B', false, 'standalone-letter', 'B', true),
  drug('answer is followed by text', 'the answer is heparin', 'the answer is heparin', false, 'option-text', 'B', true),
  drug('answer is inside the box', '\\boxed{the answer is D}', 'the answer is D', true, 'answer-is', 'D', false),
  // Ten and fourteen options.
  {
    name: 'ten options, letter beyond n ignored, last option by similarity', answerText: '\\boxed{K}', options: TEN, answer: 'ten', answerIdx: 'J',
    extraction: 'K', closedBox: true, rule: 'similarity', matchedLetter: 'J', correct: true,
  },
  {
    name: 'ten options, tenth letter', answerText: 'The choice is (J)', options: TEN, answer: 'ten', answerIdx: 'J',
    extraction: 'The choice is (J)', closedBox: false, rule: 'standalone-letter', matchedLetter: 'J', correct: true,
  },
  {
    name: 'ten options, gold text', answerText: '\\boxed{Seven}', options: TEN, answer: 'seven', answerIdx: 'G',
    extraction: 'Seven', closedBox: true, rule: 'exact-text', matchedLetter: null, correct: true,
  },
  drug('four options, J is not a letter; nothing in common, last option wins', '(J)', '(J)', false, 'similarity', 'D', false),
  {
    name: 'fourteen options, N', answerText: '\\boxed{(N)}', options: FOURTEEN, answer: 'option 14', answerIdx: 'N',
    extraction: '(N)', closedBox: true, rule: 'standalone-letter', matchedLetter: 'N', correct: true,
  },
  // CJK.
  drug('letter after 是, before a full stop', '答案是B。', '答案是B。', false, 'standalone-letter', 'B', true),
  {
    name: 'letter between CJK characters', answerText: '选项C正确', options: DRUGS, answer: 'Warfarin', answerIdx: 'C',
    extraction: '选项C正确', closedBox: false, rule: 'standalone-letter', matchedLetter: 'C', correct: true,
  },
  drug('letter after 为 inside a box', '\\boxed{为D}', '为D', true, 'standalone-letter', 'D', false),
  // "## Final Response".
  drug('only the final response counts', 'I considered B.\n## Final Response\n\nThe drug is Warfarin', 'I considered B.\n## Final Response\n\nThe drug is Warfarin', false, 'option-text', 'C', false),
  drug('after the last final response', '## Final Response\n\nC first ## Final Response\n\nthen B', '## Final Response\n\nC first ## Final Response\n\nthen B', false, 'standalone-letter', 'B', true),
  // Option text.
  drug('latest option text wins', '\\boxed{heparin or aspirin? warfarin.}', 'heparin or aspirin? warfarin.', true, 'option-text', 'C', false),
  drug('latest by last occurrence', 'heparin, aspirin, then heparin again', 'heparin, aspirin, then heparin again', false, 'option-text', 'B', true),
  {
    name: 'equal positions: the earlier option wins', answerText: 'give pain relief', options: { A: 'pain', B: 'pain relief', C: 'x', D: 'y' },
    answer: 'pain relief', answerIdx: 'B',
    extraction: 'give pain relief', closedBox: false, rule: 'option-text', matchedLetter: 'A', correct: false,
  },
  {
    name: 'option texts are stripped as the reference parses them', answerText: '\\boxed{Give heparin}',
    options: { A: 'x1', B: 'give heparin ', C: 'y1', D: 'z1' }, answer: 'give heparin ', answerIdx: 'B',
    extraction: 'Give heparin', closedBox: true, rule: 'option-text', matchedLetter: 'B', correct: true,
  },
  // Similarity.
  {
    name: 'similarity picks the closest', answerText: '\\boxed{abd}', options: { A: 'abc', B: 'xyz' }, answer: 'abc', answerIdx: 'A',
    extraction: 'abd', closedBox: true, rule: 'similarity', matchedLetter: 'A', correct: true,
  },
  {
    name: 'similarity tie goes to the later option', answerText: '\\boxed{c}', options: { A: 'ac', B: 'ca' }, answer: 'ac', answerIdx: 'A',
    extraction: 'c', closedBox: true, rule: 'similarity', matchedLetter: 'B', correct: false,
  },
];

export const LETTER_CASES: LetterCase[] = [
  { name: 'full-width colon', text: '答案：B', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'parenthesised', text: '(C)', options: DRUGS, letter: 'C', rule: 'standalone-letter' },
  { name: 'bold', text: '**D**', options: DRUGS, letter: 'D', rule: 'standalone-letter' },
  { name: 'hash', text: '#B', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'single quotes', text: "'C'", options: DRUGS, letter: 'C', rule: 'standalone-letter' },
  { name: 'double quotes around A', text: '"A"', options: DRUGS, letter: 'A', rule: 'standalone-letter' },
  { name: 'comma then space', text: 'A, B', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'space consumed by the previous match', text: 'B C', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'comma consumed by the previous match', text: 'B,C', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'comma and space', text: 'B, C', options: DRUGS, letter: 'C', rule: 'standalone-letter' },
  { name: 'joined capitals are not letters', text: 'ABCD', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'letter after a digit', text: '2B', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'letter after an underscore', text: '_B_', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'letter beyond four options', text: 'E', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'tab after answer is', text: 'the answer is\tD', options: DRUGS, letter: 'D', rule: 'answer-is' },
  { name: 'answer is ignores the article rule', text: 'answer is A because', options: DRUGS, letter: 'A', rule: 'answer-is' },
  { name: 'answer is A beats a later standalone letter', text: 'the answer is A (not B)', options: DRUGS, letter: 'A', rule: 'answer-is' },
  { name: 'non-breaking space before the letter', text: '\u00a0C', options: DRUGS, letter: 'C', rule: 'standalone-letter' },
  { name: 'astral symbol neighbours', text: '😀B😀', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'full-width capital is not a letter', text: 'Ｂ', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'is before an article', text: 'it is A because', options: XYZW, letter: 'D', rule: 'similarity' },
  { name: 'Final Response without hashes is not a split', text: 'Final Response\n\nB', options: DRUGS, letter: 'B', rule: 'standalone-letter' },
  { name: 'letter followed by a CJK character after a space', text: ' D的', options: DRUGS, letter: 'D', rule: 'standalone-letter' },
  { name: 'letter at the very end after is', text: 'this is C', options: DRUGS, letter: 'C', rule: 'standalone-letter' },
  { name: 'letter before a trailing newline', text: 'pick C\n', options: DRUGS, letter: 'C', rule: 'standalone-letter' },
];
