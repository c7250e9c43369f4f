/**
 * Export a run log in the reference m1 output layout: one `version_N/` directory per
 * condition, in ladder order. The whole tree is written next to the target and renamed
 * into place, so a failed export leaves nothing behind.
 */
import { mkdir, readdir, rename, rm, writeFile, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { accuracyBySource } from '../../shared/accuracy';
import { conditionId, traceText, type Condition, type ConditionResult } from '../../shared/domain';
import { optionString } from '../../shared/grader';
import { ladderOrder } from '../../shared/ladder';
import { buildPrompt } from '../../shared/protocol/prompt';
import { conditionThinking, gradedResult } from '../../shared/report';
import type { QuestionRecordLine, RunLog } from '../../shared/runlog';
import { InputError } from '../data/input-error';
import { presetOfHeader } from './header-preset';
import { toHfJsonLines } from './json-values';
import { CONFIG_FILE, LOG_FILE, METRICS_FILE, SCORED_SUFFIX, type Metrics, type ReferenceResult, type ScoredLine, type SegmentLayout } from './layout';

export interface ExportSummary {
  dir: string;
  versions: { dir: string; condition: Condition; questions: number; accuracy: number }[];
}

/** Base name of the results files: the eval data file's name, or "eval". */
export function resultsName(log: RunLog): string {
  const file = log.header.data?.file;
  const base = file ? path.basename(file).replace(/\.(jsonl|ndjson|json)$/i, '') : '';
  return base.replace(/[^\w.-]+/g, '_') || 'eval';
}

function traceLayout(rec: QuestionRecordLine): SegmentLayout[] {
  return rec.trace.segments.map(({ text, ...rest }) => ({ ...rest, chars: text.length }));
}

/** Whether some condition's thinking is the whole trace text (so import can rebuild it). */
function traceCovered(rec: QuestionRecordLine): boolean {
  const full = traceText(rec.trace).length;
  return rec.conditions.some((c) => c.thinkingText === undefined && c.cut.chars >= full);
}

export function referenceRecord(rec: QuestionRecordLine, c: ConditionResult, log: RunLog, withTraceText: boolean): ReferenceResult {
  const preset = presetOfHeader(log.header);
  const g = gradedResult(rec.item, rec.trace, c);
  const it = rec.item;
  const answerFinish = c.tokens.answer >= preset.maxAnswerTokens ? 'length' : 'stop';
  return {
    question: it.question,
    options: it.options,
    answer: it.answer,
    answer_idx: it.answerIdx,
    source: it.source,
    option_str: optionString(it.options),
    input_str: buildPrompt(it, preset),
    thinking_text: conditionThinking(rec.trace, c),
    thinking_finish_reason: c.thinkingFinish,
    response_text: c.answerPrefix + c.answerText,
    finish_reason: answerFinish,
    extracted_answer: g.grade.extraction,
    huatuo_extracted_answer: g.grade.matchedLetter ?? (g.grade.correct ? it.answerIdx : g.grade.extraction),
    num_gen_tokens: c.tokens.reencoded ?? c.tokens.thinking + c.tokens.answer,
    num_keep_think_below_budget: c.roundsDone,
    m1wb: {
      index: it.index,
      cut: c.cut,
      roundsDone: c.roundsDone,
      answerPrefix: c.answerPrefix,
      tokens: c.tokens,
      ...(c.outcome ? { outcome: c.outcome } : {}),
      ...(c.sharedWith ? { sharedWith: c.sharedWith } : {}),
      ...(c.timingMs ? { timingMs: c.timingMs } : {}),
      ...(c.thinkingText !== undefined ? { ownThinking: true } : {}),
      trace: traceLayout(rec),
      ...(withTraceText ? { traceText: traceText(rec.trace) } : {}),
      ...(rec.timingMs ? { questionTimingMs: rec.timingMs } : {}),
    },
  };
}

function configYaml(log: RunLog, condition: Condition, name: string): string {
  const preset = presetOfHeader(log.header);
  const { header } = log;
  return stringify({
    model_path: header.model.file,
    eval_data_path: header.data?.file ?? null,
    output_name: name,
    max_new_tokens: condition.budget,
    keep_think_below_budget_times: condition.rounds,
    keep_think_below_budget_str: preset.forceString,
    start_think_str: preset.thinkPrefix,
    start_answer_str: preset.answerPrefixAfterStop,
    final_answer_str: preset.answerPrefixAfterLength,
    max_answer_tokens: preset.maxAnswerTokens,
    stop: preset.stops,
    temperature: preset.temperature,
    seed: preset.seed,
    budget_policy: header.budgetPolicy,
    m1wb: { condition: conditionId(condition), header },
  });
}

async function emptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw new InputError(`${dir}: cannot use as output directory (${(e as Error).message})`);
  }
}

export async function exportM1(log: RunLog, outDir: string): Promise<ExportSummary> {
  if (!(await emptyOrMissing(outDir))) throw new InputError(`${outDir}: output directory exists and is not empty`);
  const present = log.records.flatMap((r) => r.conditions.map((c) => c.condition));
  const conditions = ladderOrder(present);
  if (conditions.length === 0) throw new InputError(`run log has no condition results to export`);
  const name = resultsName(log);
  const tmp = path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}.tmp-${process.pid}-${Date.now()}`);
  const summary: ExportSummary = { dir: outDir, versions: [] };
  try {
    await mkdir(tmp, { recursive: true });
    for (let v = 0; v < conditions.length; v++) {
      const condition = conditions[v];
      const id = conditionId(condition);
      const versionDir = path.join(tmp, `version_${v}`);
      await mkdir(versionDir);
      const results: ReferenceResult[] = [];
      const scored: ScoredLine[] = [];
      for (const rec of log.records) {
        const c = rec.conditions.find((x) => conditionId(x.condition) === id) as ConditionResult | undefined;
        if (!c) continue;
        const r = referenceRecord(rec, c, log, !traceCovered(rec));
        results.push(r);
        scored.push({
          correct: gradedResult(rec.item, rec.trace, c).grade.correct,
          extracted_answer: r.extracted_answer,
          answer: r.answer,
          source: r.source,
          option_str: r.option_str,
          question: r.question,
          huatuo_extracted_answer: r.huatuo_extracted_answer,
        });
      }
      const acc = accuracyBySource(scored.map((s) => ({ source: s.source, correct: s.correct })));
      const metrics: Metrics = {};
      for (const [source, a] of Object.entries(acc.perSource)) {
        metrics[source] = { correct_count: a.correct, total_count: a.total, accuracy: a.accuracy };
      }
      const logLines = [
        `condition ${id}: max_new_tokens=${condition.budget} keep_think_below_budget_times=${condition.rounds}`,
        `model ${log.header.model.file} · preset ${log.header.preset.name} · budget policy ${log.header.budgetPolicy} · mode ${log.header.mode}`,
        `questions ${results.length}`,
        ...Object.entries(metrics).map(([s, m]) => `${s}: ${m.correct_count}/${m.total_count} = ${(m.accuracy * 100).toFixed(2)}%`),
        `average over sources: ${(acc.mean * 100).toFixed(2)}%`,
      ];
      await writeFile(path.join(versionDir, CONFIG_FILE), configYaml(log, condition, name));
      await writeFile(path.join(versionDir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
      await writeFile(path.join(versionDir, `${name}${SCORED_SUFFIX}`), toHfJsonLines(scored));
      await writeFile(path.join(versionDir, METRICS_FILE), JSON.stringify(metrics, null, 2) + '\n');
      await writeFile(path.join(versionDir, LOG_FILE), logLines.join('\n') + '\n');
      summary.versions.push({ dir: path.join(outDir, `version_${v}`), condition, questions: results.length, accuracy: acc.mean });
    }
    await rmdir(outDir).catch(() => undefined);
    await rename(tmp, outDir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return summary;
}
