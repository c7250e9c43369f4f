/**
 * Reference m1 output folders (`version_N/`: `config.yaml`, the results JSON array,
 * `<name>.scored.json` JSON Lines), read from file texts so the same code serves the
 * browser and Node. Each version folder is one condition: budget = `max_new_tokens`,
 * rounds = `keep_think_below_budget_times`. The verdict in `.scored.json` is kept as
 * `fileCorrect`; grading is left to the study import. Folders written by the workbench's
 * own export carry extra details (`m1wb`) that make the round trip exact.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Condition, ConditionResult, FinishReason, Item, TraceSegment } from '../domain';
import { conditionId, itemKey } from '../domain';
import { ladderOrder } from '../ladder';
import { getPreset, type ProtocolPreset } from '../protocol/preset';
import { answerPrefix as protocolAnswerPrefix } from '../protocol/prompt';
import type { QuestionRecordLine } from '../runlog';
import { importFail, typeName } from './import-error';
import { toEvalItem } from './eval-item';
import type { JsonValueAt } from './json-stream';

export const CONFIG_FILE = 'config.yaml';
export const METRICS_FILE = 'metrics.json';
export const SCORED_SUFFIX = '.scored.json';

/** One `version_N` folder's files, by path (forward slashes). */
export interface VersionFiles {
  dir: string;
  config: string;
  results: string;
  scored?: string;
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** True when the paths hold at least one m1 output folder (a `config.yaml`). */
export function hasVersionFolders(paths: readonly string[]): boolean {
  return paths.some((p) => baseName(p) === CONFIG_FILE);
}

/**
 * Groups the files of many selected folders into version folders: every folder with a
 * `config.yaml` is one, holding one results JSON (the one named by `output_name` when there
 * are several is chosen later, from the config) and optionally its `.scored.json`.
 */
export function versionFolders(paths: readonly string[], outputName?: (dir: string) => string | undefined): VersionFiles[] {
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    const d = dirOf(p);
    const list = byDir.get(d) ?? [];
    list.push(p);
    byDir.set(d, list);
  }
  const out: VersionFiles[] = [];
  for (const [dir, files] of byDir) {
    const config = files.find((f) => baseName(f) === CONFIG_FILE);
    if (!config) continue;
    const json = files.filter((f) => f.endsWith('.json') && baseName(f) !== METRICS_FILE && !f.endsWith(SCORED_SUFFIX));
    const named = outputName?.(dir);
    let results: string | undefined;
    if (named) results = json.find((f) => baseName(f) === `${named}.json`);
    if (!results && json.length === 1) results = json[0];
    if (!results) {
      importFail(dir || '.', undefined, undefined, json.length === 0 ? `no results JSON file next to ${CONFIG_FILE}` : `several results files (${json.map(baseName).join(', ')}); keep one`);
    }
    const scoredPath = results.replace(/\.json$/, SCORED_SUFFIX);
    out.push({ dir, config, results, ...(files.includes(scoredPath) ? { scored: scoredPath } : {}) });
  }
  const num = (d: string) => Number(/version_(\d+)$/.exec(d)?.[1] ?? Number.NaN);
  return out.sort((a, b) => num(a.dir) - num(b.dir) || a.dir.localeCompare(b.dir));
}

/** A version folder's settings. */
export interface VersionConfig {
  dir: string;
  condition: Condition;
  config: Record<string, unknown>;
  preset: ProtocolPreset;
}

function intField(config: Record<string, unknown>, file: string, field: string, min: number, fallback?: number): number {
  const v = config[field];
  if (v === undefined || v === null) {
    if (fallback !== undefined) return fallback;
    importFail(file, undefined, field, 'missing');
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) importFail(file, undefined, field, `must be a whole number ≥ ${min}, got ${JSON.stringify(v)}`);
  return v;
}

/** Parses `config.yaml`: the condition and the forcing string. */
export function parseVersionConfig(text: string, file: string): VersionConfig {
  let config: unknown;
  try {
    config = parseYaml(text);
  } catch (e) {
    if (e instanceof YAMLParseError) importFail(file, e.linePos?.[0]?.line, undefined, `not valid YAML (${e.message.split('\n')[0]})`);
    throw e;
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) importFail(file, undefined, undefined, 'expected a mapping of settings');
  const c = config as Record<string, unknown>;
  const condition = { budget: intField(c, file, 'max_new_tokens', 1), rounds: intField(c, file, 'keep_think_below_budget_times', 0, 0) };
  let preset = getPreset('m1');
  if (typeof c.keep_think_below_budget_str === 'string' && c.keep_think_below_budget_str) preset = { ...preset, forceString: c.keep_think_below_budget_str };
  return { dir: dirOf(file), condition, config: c, preset };
}

/** Workbench details the reference layout has no field for (absent in reference output). */
interface WorkbenchExtras {
  index?: number;
  cut?: { tokens: number; chars: number };
  roundsDone?: number;
  answerPrefix?: string;
  tokens?: { thinking: number; answer: number; reencoded?: number; evaluated?: number };
  ownThinking?: boolean;
  trace?: (Omit<TraceSegment, 'text'> & { chars: number })[];
  traceText?: string;
}

/** One condition of one question, as a version folder gives it. */
export interface ReferencePart {
  item: Item;
  result: ConditionResult;
  thinking: string;
  extras?: WorkbenchExtras;
}

function text(r: Record<string, unknown>, field: string, file: string, line: number, fallback?: string): string {
  const v = r[field];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string') importFail(file, line, field, v === undefined ? 'missing' : `must be text, got ${typeName(v)}`);
  return v;
}

/**
 * Reads one version folder's records (results values, optional scored values in the same
 * order) into parts. `resultsFile` names the results file in messages.
 */
export function referenceParts(
  version: VersionConfig,
  resultsFile: string,
  values: readonly JsonValueAt[],
  scoredFile?: string,
  scored?: readonly JsonValueAt[],
): ReferencePart[] {
  if (scored && scored.length !== values.length) {
    importFail(scoredFile ?? 'scored', undefined, undefined, `${scored.length} records, but ${baseName(resultsFile)} has ${values.length}`);
  }
  const fallbackSource = baseName(resultsFile).replace(/\.json$/, '');
  const counters = new Map<string, number>();
  const seen = new Set<string>();
  return values.map(({ value, line }, position) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) importFail(resultsFile, line, undefined, `record ${position}: expected an object, got ${typeName(value)}`);
    const r = value as Record<string, unknown>;
    const extras = r.m1wb && typeof r.m1wb === 'object' ? (r.m1wb as WorkbenchExtras) : undefined;
    const source = text(r, 'source', resultsFile, line, fallbackSource);
    const index = typeof extras?.index === 'number' ? extras.index : (counters.get(source) ?? 0);
    counters.set(source, Math.max(counters.get(source) ?? 0, index + 1));
    const item = toEvalItem(r, { file: resultsFile, line, source, index });
    if (seen.has(itemKey(item))) importFail(resultsFile, line, 'question', `item ${index} of source "${source}" appears twice`);
    seen.add(itemKey(item));

    const thinking = text(r, 'thinking_text', resultsFile, line);
    const response = text(r, 'response_text', resultsFile, line);
    const thinkingFinish: FinishReason = r.thinking_finish_reason === 'length' ? 'length' : 'stop';
    let answerPrefix: string;
    if (extras && typeof extras.answerPrefix === 'string' && response.startsWith(extras.answerPrefix)) answerPrefix = extras.answerPrefix;
    else {
      answerPrefix = protocolAnswerPrefix(thinking, thinkingFinish, version.preset);
      if (!response.startsWith(answerPrefix)) answerPrefix = '';
    }
    const answerText = response.slice(answerPrefix.length);

    let fileCorrect: boolean | undefined = typeof r.correct === 'boolean' ? r.correct : undefined;
    if (scored) {
      const s = scored[position];
      const sv = s.value as Record<string, unknown> | null;
      const sf = scoredFile ?? 'scored';
      if (!sv || typeof sv !== 'object') importFail(sf, s.line, undefined, `record ${position}: expected an object`);
      if (typeof sv.correct !== 'boolean') importFail(sf, s.line, 'correct', `must be true or false, got ${typeName(sv.correct)}`);
      if (typeof sv.question === 'string' && sv.question !== item.question) importFail(sf, s.line, 'question', `does not match record ${position} of ${baseName(resultsFile)}`);
      fileCorrect = sv.correct;
    }
    const numGen = typeof r.num_gen_tokens === 'number' && Number.isInteger(r.num_gen_tokens) && r.num_gen_tokens >= 0 ? r.num_gen_tokens : undefined;
    const roundsRaw = extras?.roundsDone ?? r.num_keep_think_below_budget;
    const result: ConditionResult = {
      condition: version.condition,
      cut: extras?.cut ?? { tokens: 0, chars: thinking.length },
      roundsDone: typeof roundsRaw === 'number' && Number.isInteger(roundsRaw) && roundsRaw >= 0 ? roundsRaw : 0,
      thinkingFinish,
      answerPrefix,
      answerText,
      ...(fileCorrect !== undefined ? { fileCorrect } : {}),
      tokens: extras?.tokens ?? { thinking: 0, answer: 0, ...(numGen !== undefined ? { reencoded: numGen } : {}) },
    };
    return extras ? { item, result, thinking, extras } : { item, result, thinking };
  });
}

/**
 * Splits a thinking text into segments at its forcing strings: every occurrence of the
 * forcing string right after a newline (or after a space, the reference quirk) starts a
 * new round.
 */
export function segmentsOfThinking(thinking: string, force: string, finish: FinishReason, tokens: number): TraceSegment[] {
  const segments: TraceSegment[] = [];
  let round = 0;
  let at = 0;
  const re = new RegExp(`(?<=\\n| )${force.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
  for (const m of thinking.matchAll(re)) {
    const start = m.index;
    if (start > at || round === 0) segments.push({ kind: 'think', round, text: thinking.slice(at, start), tokens: 0, finish: 'stop' });
    round++;
    segments.push({ kind: 'force', round, text: m[0], tokens: 0 });
    at = start + m[0].length;
  }
  segments.push({ kind: 'think', round, text: thinking.slice(at), tokens, finish });
  return segments;
}

/** Builds one question's record from its parts (one per condition). */
export function assembleQuestion(parts: readonly ReferencePart[], forceString = 'Wait'): QuestionRecordLine {
  const item = parts[0].item;
  const cutParts = parts.filter((p) => !p.extras?.ownThinking);
  const longest = [...(cutParts.length ? cutParts : parts)].sort((a, b) => b.thinking.length - a.thinking.length)[0];
  let segments: TraceSegment[] | undefined;
  const layout = parts.find((p) => Array.isArray(p.extras?.trace))?.extras?.trace;
  if (layout) {
    const total = layout.reduce((s, x) => s + x.chars, 0);
    const stored = parts.find((p) => p.extras?.traceText?.length === total)?.extras?.traceText;
    const full = stored ?? (longest.thinking.length === total ? longest.thinking : undefined);
    if (full !== undefined) {
      let at = 0;
      segments = layout.map(({ chars, ...rest }) => {
        const seg: TraceSegment = { kind: rest.kind, round: rest.round, text: full.slice(at, at + chars), tokens: rest.tokens };
        if (rest.finish) seg.finish = rest.finish;
        at += chars;
        return seg;
      });
    }
  }
  segments ??= segmentsOfThinking(longest.thinking, forceString, longest.result.thinkingFinish, longest.result.cut.tokens);
  const full = segments.map((s) => s.text).join('');
  const conditions = ladderOrder(parts.map((p) => p.result.condition)).map((c) => {
    const p = parts.find((x) => conditionId(x.result.condition) === conditionId(c))!;
    const own = p.extras?.ownThinking === true || !full.startsWith(p.thinking);
    return own ? { ...p.result, thinkingText: p.thinking } : p.result;
  });
  return { type: 'question', item, trace: { segments }, conditions };
}
