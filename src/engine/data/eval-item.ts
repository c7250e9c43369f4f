/**
 * One eval item as it appears in the m1 eval data (`{question, options: {A: ...}, answer,
 * answer_idx}`), validated into the domain Item by the shared item reader, under the engine's
 * stricter rules (options as an object, the gold letter always given); problems are InputErrors.
 */
import type { Item } from '../../shared/domain';
import { toEvalItem, type ItemPlace } from '../../shared/import/eval-item';
import { asInputError } from './input-error';

export type { ItemPlace };

/** Messages name the item as "item N of source S" unless the place has its own label. */
export function toItem(raw: unknown, place: ItemPlace, opts: { question?: boolean } = {}): Item {
  const label = place.label ?? `item ${place.index} of source "${place.source}"`;
  return asInputError(() => toEvalItem(raw, { ...place, label }, { optionList: false, goldFromText: false, question: opts.question !== false }));
}
