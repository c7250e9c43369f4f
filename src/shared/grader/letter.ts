import type { Letter } from '../domain';
import type { OptionEntries } from './options';
import { PY_NON_WORD, PY_SPACE } from './python-text';
import { sequenceMatcherRatio } from './sequence-matcher';

/**
 * Step 3 of grading: map a text to an option letter, as the reference grader does.
 *
 * On the text after the last "## Final Response\n\n" (if any):
 * a. 'answer-is': the last `answer is`, optional whitespace, then a capital A–N
 *    (case-sensitive, any of the fourteen letters whatever the number of options);
 * b. 'standalone-letter': the last letter among the first n capitals (n options) that
 *    is preceded by a CJK character, `is `, `是`, `项`, `*`, a non-word character, a space,
 *    `(`, `为`, the start, `'`, `"` or `#`, is not an `A`/`a` followed by a space, and is
 *    followed by a non-word character, a CJK character or the end. Matches do not overlap
 *    and each consumes its neighbours, so in "B C" only "B" matches (the space after B
 *    is used up) while in "A B" only "B" does (an "A " reads as an article);
 * c. 'option-text': the option whose lower-cased text occurs latest (by its last
 *    occurrence) in the lower-cased text; on equal positions the earlier option wins;
 * d. 'similarity': the option whose lower-cased text has the highest
 *    `SequenceMatcher(None, option, text).ratio()`; later options win ties.
 *
 * Regular expressions run with the `u` flag and Python-3 character classes (see
 * python-text.ts); `.` never appears, `^`/`$` are not multiline as in Python.
 */

export type LetterRule = 'answer-is' | 'standalone-letter' | 'option-text' | 'similarity';

export interface LetterMatch {
  letter: Letter;
  rule: LetterRule;
}

const FINAL_RESPONSE = '## Final Response\n\n';
const OPTION_LETTERS = 'ABCDEFGHIJKLMN';
const CJK = '[\\u4e00-\\u9fff]';
const ANSWER_IS = new RegExp(`(answer is${PY_SPACE}*?)([A-N])`, 'gsu');

const standaloneCache = new Map<number, RegExp>();

function standaloneLetter(n: number): RegExp {
  let re = standaloneCache.get(n);
  if (!re) {
    const letters = OPTION_LETTERS.slice(0, n);
    re = new RegExp(
      `(${CJK}|is |是|项|\\*|${PY_NON_WORD}| |\\(|为|^|'|"|#)(?![aA] )([${letters}])(${PY_NON_WORD}|${CJK}|$)`,
      'gsu',
    );
    standaloneCache.set(n, re);
  }
  return re;
}

function lastGroup2(re: RegExp, text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(re)) last = m[2];
  return last;
}

export function matchLetterEntries(input: string, options: OptionEntries): LetterMatch {
  const split = input.split(FINAL_RESPONSE);
  const text = split[split.length - 1];

  const answerIs = lastGroup2(ANSWER_IS, text);
  if (answerIs !== null) return { letter: answerIs, rule: 'answer-is' };

  if (options.length === 0) {
    throw new Error('cannot match an answer to a letter: the question has no options');
  }
  const standalone = lastGroup2(standaloneLetter(options.length), text);
  if (standalone !== null) return { letter: standalone, rule: 'standalone-letter' };

  const lower = text.toLowerCase();
  let latest: { letter: string; at: number } | null = null;
  for (const [letter, optionText] of options) {
    const needle = optionText.toLowerCase();
    if (!lower.includes(needle)) continue;
    const at = lower.lastIndexOf(needle);
    if (latest === null || at > latest.at) latest = { letter, at };
  }
  if (latest) return { letter: latest.letter, rule: 'option-text' };

  let best = options[0][0];
  let highest = 0;
  for (const [letter, optionText] of options) {
    const similarity = sequenceMatcherRatio(optionText.toLowerCase(), lower);
    if (similarity >= highest) {
      best = letter;
      highest = similarity;
    }
  }
  return { letter: best, rule: 'similarity' };
}

/** Step 3 a–d on `text` with the options in their key order. */
export function matchLetter(text: string, options: Record<string, string>): LetterMatch {
  return matchLetterEntries(text, Object.entries(options));
}
