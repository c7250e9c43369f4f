/**
 * Regular-expression search in a question's texts: the question with its options, and every
 * condition's thinking and answer.
 */
import { traceText } from '../../../shared/domain';
import type { QuestionRecord } from '../study/study-types';
import type { TextQuery } from '../study/row-query';

/** The searchable texts of a question. */
export interface SearchTexts {
  key: string;
  question: string;
  /** The trace, every condition's own thinking, and every answer, joined. */
  trace: string;
}

export function searchTexts(q: QuestionRecord): SearchTexts {
  const question = `${q.item.question}\n${Object.entries(q.item.options)
    .map(([l, t]) => `${l}. ${t}`)
    .join('\n')}`;
  const parts = [traceText(q.trace)];
  for (const c of q.conditions) {
    if (c.thinkingText !== undefined) parts.push(c.thinkingText);
    parts.push(c.answerPrefix + c.answerText);
  }
  return { key: q.key, question, trace: parts.join('\n\u0000\n') };
}

/** Keys of the texts the query matches. Throws on an invalid pattern. */
export function matchTexts(texts: readonly SearchTexts[], query: TextQuery): Set<string> {
  const re = new RegExp(query.pattern, query.caseSensitive ? 'u' : 'iu');
  const out = new Set<string>();
  for (const t of texts) {
    if ((query.scope !== 'trace' && re.test(t.question)) || (query.scope !== 'question' && re.test(t.trace))) out.add(t.key);
  }
  return out;
}
