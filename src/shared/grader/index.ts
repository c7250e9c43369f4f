/** The m1 reference grader, ported with its quirks. */
export { extractAnswer, lastBoxed, unwrap } from './extract';
export type { BoxSearch, Extraction } from './extract';
export { matchLetter, matchLetterEntries } from './letter';
export type { LetterMatch, LetterRule } from './letter';
export { gradeAnswer } from './grade';
export { optionString, parseOptionString, referenceOptions } from './options';
export type { OptionEntries } from './options';
export { sequenceMatcherRatio, matchingBlocks } from './sequence-matcher';
export type { MatchBlock } from './sequence-matcher';
export { PY_NON_WORD, PY_SPACE, isBlank, pyLen, pyLower, pyStrip } from './python-text';
