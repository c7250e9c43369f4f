import { describe, expect, it } from 'vitest';
import { matchLetter, matchLetterEntries, parseOptionString, optionString } from '../../src/shared/grader';
import { LETTER_CASES } from './corpus';

describe('matchLetter on the hand-worked corpus', () => {
  for (const c of LETTER_CASES) {
    it(c.name, () => {
      expect(matchLetter(c.text, c.options)).toEqual({ letter: c.letter, rule: c.rule });
    });
  }

  it('refuses to match letters without options once "answer is" fails', () => {
    expect(matchLetter('the answer is C', {})).toEqual({ letter: 'C', rule: 'answer-is' });
    expect(() => matchLetter('C', {})).toThrow(/no options/);
  });
});

describe('options as the reference parses them back', () => {
  it('strips each line (so only the text\'s trailing whitespace goes) and splits once on ". "', () => {
    const str = optionString({ A: ' Aspirin ', B: 'Dose 5. mg. twice', C: 'x' });
    expect(str).toBe('A.  Aspirin \nB. Dose 5. mg. twice\nC. x');
    expect(parseOptionString(str)).toEqual([
      ['A', ' Aspirin'],
      ['B', 'Dose 5. mg. twice'],
      ['C', 'x'],
    ]);
  });

  it('cuts an option at a newline, skips lines without ". " and lets continuation lines add options', () => {
    const str = optionString({ A: 'first\nline two', B: 'bar\nSee Fig. 2', C: 'baz' });
    expect(parseOptionString(str)).toEqual([
      ['A', 'first'],
      ['B', 'bar'],
      ['See Fig', '2'],
      ['C', 'baz'],
    ]);
  });

  it('keeps the first position of a repeated letter with the last text', () => {
    expect(parseOptionString('A. one\nB. two\nA. three\n1. four')).toEqual([
      ['A', 'three'],
      ['B', 'two'],
      ['1', 'four'],
    ]);
  });

  it('counts spurious options towards the letters that may stand alone', () => {
    // Three parsed options make C a valid letter; with two it would not be.
    const three = parseOptionString('A. x\nB. y\nnote. z');
    expect(matchLetterEntries('(C)', three)).toEqual({ letter: 'C', rule: 'standalone-letter' });
    const two = parseOptionString('A. x\nB. y');
    expect(matchLetterEntries('(C)', two).rule).toBe('similarity');
  });
});
