/**
 * The CSV summary of an export: one row per question with its outcome per condition, the flip
 * between the compared pair, labels, notes and annotators.
 */
import Papa from 'papaparse';
import type { ConditionId } from '../../../shared/domain';
import type { QuestionExportRecord } from './export-records';

export function summaryCsv(records: readonly QuestionExportRecord[], conditions: readonly ConditionId[]): string {
  const rows = records.map((r) => {
    const outcome = new Map(r.conditions.map((c) => [c.id, c.outcome]));
    const row: Record<string, string | number> = {
      question_key: r.question_key,
      source: r.source,
      index: r.index,
      gold: r.gold.letter,
      flip_from: r.flip?.from ?? '',
      flip_to: r.flip?.to ?? '',
      flip_kind: r.flip?.kind ?? '',
      flip_tag: r.flip?.tag ?? '',
      flip_decision: r.flip?.decision ?? '',
      labels: [...new Set(r.labels.map((l) => l.label))].sort().join('; '),
      span_labels: r.labels.filter((l) => l.span).length,
      notes: r.notes.map((n) => `${n.annotator}: ${n.text}`).join(' | '),
      starred_by: r.starred_by.join('; '),
      annotators: r.annotators.join('; '),
    };
    for (const c of conditions) row[`outcome_${c}`] = outcome.get(c) ?? '';
    return row;
  });
  const fields = ['question_key', 'source', 'index', 'gold', ...conditions.map((c) => `outcome_${c}`), 'flip_from', 'flip_to', 'flip_kind', 'flip_tag', 'flip_decision', 'labels', 'span_labels', 'notes', 'starred_by', 'annotators'];
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n';
}
