import type { GradeResult, Item } from '../domain';
import { extractAnswer } from './extract';
import { matchLetterEntries } from './letter';
import { referenceOptions } from './options';
import { pyLen, pyLower } from './python-text';

/**
 * Grade an answer text (the answer prefix plus the generated answer) like the reference
 * scripts:
 * 1. extract (see extract.ts);
 * 2. correct, with no letter matching, when case-insensitively the extraction equals the
 *    gold option text ('exact-text'), equals "X. text" for the gold letter X
 *    ('letter-text'), or is one character equal to the gold letter ('single-letter');
 * 3. otherwise match the extraction to a letter (letter.ts) against the options as the
 *    reference parses them back from its option string (options.ts); correct when that
 *    letter equals the gold letter, case-insensitively.
 */
export function gradeAnswer(
  answerText: string,
  item: Pick<Item, 'options' | 'answer' | 'answerIdx'>,
): GradeResult {
  const { extraction } = extractAnswer(answerText);
  const got = pyLower(extraction);
  if (got === pyLower(item.answer)) {
    return { extraction, matchedLetter: null, rule: 'exact-text', correct: true };
  }
  if (got === pyLower(`${item.answerIdx}. ${item.answer}`)) {
    return { extraction, matchedLetter: null, rule: 'letter-text', correct: true };
  }
  if (pyLen(extraction) === 1 && got === pyLower(item.answerIdx)) {
    return { extraction, matchedLetter: null, rule: 'single-letter', correct: true };
  }
  const match = matchLetterEntries(extraction, referenceOptions(item.options));
  return {
    extraction,
    matchedLetter: match.letter,
    rule: match.rule,
    correct: pyLower(match.letter) === pyLower(item.answerIdx),
  };
}
