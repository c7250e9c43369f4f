/**
 * A Hugging Face datasets-compatible folder: a dataset card (README.md with YAML front matter
 * declaring two configurations) and the data as JSON Lines, plus the CSV summary.
 *
 *   <name>/README.md
 *   <name>/data/conditions.jsonl   one record per question × condition
 *   <name>/data/questions.jsonl    one record per question
 *   <name>/summary.csv
 */
import { strToU8, zipSync } from 'fflate';
import type { ConditionId } from '../../../shared/domain';
import type { ConditionRecord, ExportPair, Provenance, QuestionExportRecord } from './export-records';
import { toJsonLines } from './export-records';
import { summaryCsv } from './export-summary';
import type { TaxonomyLabel } from './taxonomy';

export interface DatasetFolder {
  name: string;
  /** Path inside the folder → text. */
  files: Record<string, string>;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function datasetCard(args: {
  name: string;
  provenance: Provenance;
  pair: ExportPair | null;
  questions: number;
  conditionRecords: number;
  labels: readonly TaxonomyLabel[];
  scope: string;
}): string {
  const p = args.provenance;
  const taxonomy = args.labels.map((l) => `| ${l.label} | ${l.definition.replace(/\|/g, '\\|')} |`).join('\n');
  return `---
pretty_name: ${yamlString(args.name)}
language:
- en
task_categories:
- question-answering
tags:
- medical
- test-time-scaling
- error-analysis
configs:
- config_name: conditions
  data_files:
  - split: train
    path: data/conditions.jsonl
  default: true
- config_name: questions
  data_files:
  - split: train
    path: data/questions.jsonl
---

# ${args.name}

Labelled error set exported from m1 Workbench: questions answered by ${p.model} under several
thinking budgets and forcing rounds, with reviewers' labels on what more thinking did.
${p.illustrative ? '\n**Illustrative material:** this study was written by hand and is not model output.\n' : ''}
- Scope: ${args.scope}
- Questions: ${args.questions}; question × condition records: ${args.conditionRecords}
- Compared pair (flip): ${args.pair ? `${args.pair.from} → ${args.pair.to}` : 'none'}

## Provenance

| Field | Value |
| --- | --- |
| Study | ${p.study_title} (${p.study_id}) |
| Origin | ${p.origin} |
| Model | ${p.model} |
| Protocol preset | ${p.protocol_preset} |
| Grid | \`${JSON.stringify(p.grid)}\` |
| Mode | ${p.mode} |
| Budget policy | ${p.budget_policy} |
| Engine | ${p.engine} |
| Run started | ${p.started_at} |

## Configurations

- \`conditions\` (default): one record per question × condition: \`question\`, \`options\`, \`gold\`,
  \`condition\`, \`model_answer\`, \`trace\` (the thinking of that condition), \`outcome\`
  (correct, wrong, no-answer, extraction-failed, thinking-only), \`flip\`, \`labels\` (with
  character-offset spans into that condition's text), \`notes\`, \`annotators\`, \`provenance\`
  and \`annotations\` (the stored annotations, whole).
- \`questions\`: one record per question with the whole trace and every condition's answer.

## Label taxonomy

| Label | Definition |
| --- | --- |
${taxonomy}

## Loading

\`\`\`python
from datasets import load_dataset
ds = load_dataset("path/to/this/folder", "conditions")
\`\`\`
`;
}

export function datasetFolder(args: {
  name: string;
  provenance: Provenance;
  pair: ExportPair | null;
  conditionRecords: readonly ConditionRecord[];
  questionRecords: readonly QuestionExportRecord[];
  conditions: readonly ConditionId[];
  labels: readonly TaxonomyLabel[];
  scope: string;
}): DatasetFolder {
  return {
    name: args.name,
    files: {
      'README.md': datasetCard({
        name: args.name,
        provenance: args.provenance,
        pair: args.pair,
        questions: args.questionRecords.length,
        conditionRecords: args.conditionRecords.length,
        labels: args.labels,
        scope: args.scope,
      }),
      'data/conditions.jsonl': toJsonLines(args.conditionRecords),
      'data/questions.jsonl': toJsonLines(args.questionRecords),
      'summary.csv': summaryCsv(args.questionRecords, args.conditions),
    },
  };
}

/** The folder as a zip archive (files under "<name>/"). */
export function zipFolder(folder: DatasetFolder): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(folder.files)) entries[`${folder.name}/${path}`] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
