/**
 * Import reference m1 output directories (`version_N/`, or folders holding them) into one
 * run log. Each version directory is one condition (budget = max_new_tokens, rounds =
 * keep_think_below_budget_times). Answers are re-graded with the workbench grader; the
 * verdict stored in `.scored.json` is kept as `fileCorrect`. Directories written by the
 * workbench's own export carry extra details (`m1wb`) that make the round trip exact.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { conditionId, itemKey, type Condition, type ConditionResult, type FinishReason, type Item, type TraceSegment } from '../../shared/domain';
import { gradeAnswer } from '../../shared/grader';
import { ladderOrder } from '../../shared/ladder';
import { classifyOutcome } from '../../shared/outcome';
import { getPreset, type ProtocolPreset } from '../../shared/protocol/preset';
import { answerPrefix as protocolAnswerPrefix } from '../../shared/protocol/prompt';
import { issuePath, questionRecordSchema, runHeaderSchema, type QuestionRecordLine, type RunHeader, type RunLog } from '../../shared/runlog';
import { toItem } from '../data/eval-item';
import { InputError } from '../data/input-error';
import { presetOfHeader } from './header-preset';
import { readJsonValues } from './json-values';
import { CONFIG_FILE, METRICS_FILE, SCORED_SUFFIX, VERSION_DIR, type SegmentLayout, type WorkbenchExtras } from './layout';

interface VersionDir {
  dir: string;
  condition: Condition;
  config: Record<string, unknown>;
  header?: RunHeader;
  preset: ProtocolPreset;
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Version directories named by the arguments (a version directory itself or a folder of them). */
export async function findVersionDirs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (!(await isDir(p))) throw new InputError(`${p}: no such directory (expected an m1 output directory)`);
    if (await exists(path.join(p, CONFIG_FILE))) {
      out.push(p);
      continue;
    }
    const versions = (await readdir(p, { withFileTypes: true }))
      .filter((d) => d.isDirectory() && VERSION_DIR.test(d.name))
      .sort((a, b) => Number(VERSION_DIR.exec(a.name)![1]) - Number(VERSION_DIR.exec(b.name)![1]));
    if (versions.length === 0) throw new InputError(`${p}: not an m1 output directory (no ${CONFIG_FILE} and no version_N folders)`);
    for (const v of versions) {
      const dir = path.join(p, v.name);
      if (!(await exists(path.join(dir, CONFIG_FILE)))) throw new InputError(`${dir}: missing ${CONFIG_FILE}`);
      out.push(dir);
    }
  }
  return out;
}

function intField(config: Record<string, unknown>, file: string, field: string, min: number, fallback?: number): number {
  const v = config[field];
  if (v === undefined || v === null) {
    if (fallback !== undefined) return fallback;
    throw new InputError(`${file}: field ${field}: missing`);
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new InputError(`${file}: field ${field}: must be a whole number ≥ ${min}, got ${JSON.stringify(v)}`);
  }
  return v;
}

async function readVersionDir(dir: string): Promise<VersionDir> {
  const file = path.join(dir, CONFIG_FILE);
  let config: unknown;
  try {
    config = parseYaml(await readFile(file, 'utf8'));
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0]?.line;
      throw new InputError(`${file}${line ? `:${line}` : ''}: not valid YAML (${e.message.split('\n')[0]})`);
    }
    throw e;
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new InputError(`${file}: expected a mapping of settings`);
  const c = config as Record<string, unknown>;
  const condition = {
    budget: intField(c, file, 'max_new_tokens', 1),
    rounds: intField(c, file, 'keep_think_below_budget_times', 0, 0),
  };
  let header: RunHeader | undefined;
  const extra = c.m1wb as { header?: unknown } | undefined;
  if (extra && typeof extra === 'object' && extra.header !== undefined) {
    const parsed = runHeaderSchema.safeParse(extra.header);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${file}: field m1wb.header.${issuePath(issue.path)}: ${issue.message}`);
    }
    header = parsed.data;
  }
  let preset: ProtocolPreset;
  if (header) preset = presetOfHeader(header);
  else {
    preset = getPreset('m1');
    if (typeof c.keep_think_below_budget_str === 'string' && c.keep_think_below_budget_str) {
      preset = { ...preset, forceString: c.keep_think_below_budget_str };
    }
  }
  return { dir, condition, config: c, header, preset };
}

async function resultsFile(v: VersionDir): Promise<string> {
  const files = (await readdir(v.dir)).filter((f) => f.endsWith('.json') && f !== METRICS_FILE && !f.endsWith(SCORED_SUFFIX));
  const named = typeof v.config.output_name === 'string' ? `${v.config.output_name}.json` : undefined;
  if (named && files.includes(named)) return path.join(v.dir, named);
  if (files.length === 1) return path.join(v.dir, files[0]);
  if (files.length === 0) throw new InputError(`${v.dir}: no results JSON file (expected <name>.json next to ${CONFIG_FILE})`);
  throw new InputError(`${v.dir}: several results files (${files.join(', ')}); keep one`);
}

function text(r: Record<string, unknown>, field: string, where: string, fallback?: string): string {
  const v = r[field];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string') throw new InputError(`${where}: field ${field}: ${v === undefined ? 'missing' : `must be text, got ${typeof v}`}`);
  return v;
}

interface Imported {
  item: Item;
  result: ConditionResult;
  thinking: string;
  extras?: WorkbenchExtras;
}

async function readVersion(v: VersionDir): Promise<Imported[]> {
  const file = await resultsFile(v);
  const values = readJsonValues(await readFile(file, 'utf8'), file);
  const scoredPath = file.replace(/\.json$/, SCORED_SUFFIX);
  let scored: { value: unknown; line: number }[] | undefined;
  if (await exists(scoredPath)) {
    scored = readJsonValues(await readFile(scoredPath, 'utf8'), scoredPath);
    if (scored.length !== values.length) {
      throw new InputError(`${scoredPath}: ${scored.length} records, but ${path.basename(file)} has ${values.length}`);
    }
  }
  const fallbackSource = path.basename(file).replace(/\.json$/, '');
  const counters = new Map<string, number>();
  const seen = new Set<string>();
  return values.map(({ value, line }, position) => {
    const where = `${file}:${line} (record ${position})`;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${where}: expected an object`);
    const r = value as Record<string, unknown>;
    const extras = r.m1wb && typeof r.m1wb === 'object' ? (r.m1wb as WorkbenchExtras) : undefined;
    const source = text(r, 'source', where, fallbackSource);
    const index = typeof extras?.index === 'number' ? extras.index : (counters.get(source) ?? 0);
    counters.set(source, Math.max(counters.get(source) ?? 0, index + 1));
    const item = toItem(r, { file, line, source, index });
    if (seen.has(itemKey(item))) throw new InputError(`${where}: item ${index} of source "${source}" appears twice`);
    seen.add(itemKey(item));

    const thinking = text(r, 'thinking_text', where);
    const response = text(r, 'response_text', where);
    const finishRaw = r.thinking_finish_reason;
    const thinkingFinish: FinishReason = finishRaw === 'length' ? 'length' : 'stop';
    let answerPrefix: string;
    let answerText: string;
    if (extras && typeof extras.answerPrefix === 'string' && response.startsWith(extras.answerPrefix)) {
      answerPrefix = extras.answerPrefix;
      answerText = response.slice(answerPrefix.length);
    } else {
      answerPrefix = protocolAnswerPrefix(thinking, thinkingFinish, v.preset);
      answerText = response.startsWith(answerPrefix) ? response.slice(answerPrefix.length) : response;
    }

    let fileCorrect: boolean | undefined = typeof r.correct === 'boolean' ? r.correct : undefined;
    if (scored) {
      const s = scored[position];
      const sv = s.value as Record<string, unknown> | null;
      const swhere = `${scoredPath}:${s.line} (record ${position})`;
      if (!sv || typeof sv !== 'object') throw new InputError(`${swhere}: expected an object`);
      if (typeof sv.correct !== 'boolean') throw new InputError(`${swhere}: field correct: must be true or false`);
      if (typeof sv.question === 'string' && sv.question !== item.question) {
        throw new InputError(`${swhere}: field question: does not match record ${position} of ${path.basename(file)}`);
      }
      fileCorrect = sv.correct;
    }

    const grade = gradeAnswer(answerPrefix + answerText, item);
    const outcome = classifyOutcome({ thinkingText: thinking, answerPrefix, answerText, grade });
    const numGen = typeof r.num_gen_tokens === 'number' && Number.isInteger(r.num_gen_tokens) && r.num_gen_tokens >= 0 ? r.num_gen_tokens : undefined;
    const roundsRaw = extras?.roundsDone ?? r.num_keep_think_below_budget;
    const result: ConditionResult = {
      condition: v.condition,
      cut: extras?.cut ?? { tokens: 0, chars: thinking.length },
      roundsDone: typeof roundsRaw === 'number' && Number.isInteger(roundsRaw) && roundsRaw >= 0 ? roundsRaw : 0,
      thinkingFinish,
      answerPrefix,
      answerText,
      grade,
      ...(fileCorrect !== undefined ? { fileCorrect } : {}),
      outcome,
      tokens: extras?.tokens ?? { thinking: 0, answer: 0, ...(numGen !== undefined ? { reencoded: numGen } : {}) },
      ...(extras?.timingMs ? { timingMs: extras.timingMs } : {}),
      ...(extras?.sharedWith ? { sharedWith: extras.sharedWith as ConditionResult['sharedWith'] } : {}),
    };
    return { item, result, thinking, extras };
  });
}

function sliceSegments(textAll: string, layout: SegmentLayout[]): TraceSegment[] {
  let at = 0;
  return layout.map(({ chars, ...rest }) => {
    const seg: TraceSegment = { kind: rest.kind, round: rest.round, text: textAll.slice(at, at + chars), tokens: rest.tokens };
    if (rest.finish) seg.finish = rest.finish;
    at += chars;
    return seg;
  });
}

/** Rebuild a question's trace and attach each condition's thinking to it. */
function assemble(parts: Imported[]): QuestionRecordLine {
  const item = parts[0].item;
  const withLayout = parts.find((p) => Array.isArray(p.extras?.trace));
  const layout = withLayout?.extras?.trace;
  const layoutChars = layout ? layout.reduce((s, x) => s + x.chars, 0) : -1;
  let segments: TraceSegment[] | undefined;
  const stored = parts.find((p) => typeof p.extras?.traceText === 'string');
  if (layout && stored && stored.extras!.traceText!.length === layoutChars) segments = sliceSegments(stored.extras!.traceText!, layout);
  const cutParts = parts.filter((p) => !p.extras?.ownThinking);
  const longest = [...(cutParts.length ? cutParts : parts)].sort((a, b) => b.thinking.length - a.thinking.length)[0];
  if (!segments && layout && longest.thinking.length === layoutChars) segments = sliceSegments(longest.thinking, layout);
  if (!segments) {
    segments = [
      {
        kind: 'think',
        round: 0,
        text: longest.thinking,
        tokens: longest.result.cut.tokens,
        finish: longest.result.thinkingFinish,
      },
    ];
  }
  const full = segments.map((s) => s.text).join('');
  const conditions = ladderOrder(parts.map((p) => p.result.condition)).map((c) => {
    const p = parts.find((x) => conditionId(x.result.condition) === conditionId(c))!;
    const own = p.extras?.ownThinking === true || !full.startsWith(p.thinking);
    return own ? { ...p.result, thinkingText: p.thinking } : p.result;
  });
  const timing = parts.find((p) => p.extras?.questionTimingMs)?.extras?.questionTimingMs;
  return { type: 'question', item, trace: { segments }, conditions, ...(timing ? { timingMs: timing } : {}) };
}

export interface ImportOptions {
  /** startedAt for a header that the directories do not provide. */
  now?: string;
}

export async function importM1(paths: string[], opts: ImportOptions = {}): Promise<RunLog> {
  if (paths.length === 0) throw new InputError('import: no m1 output directories given');
  const dirs = await findVersionDirs(paths);
  const versions: VersionDir[] = [];
  for (const d of dirs) versions.push(await readVersionDir(d));
  const byCondition = new Map<string, string>();
  for (const v of versions) {
    const id = conditionId(v.condition);
    const other = byCondition.get(id);
    if (other) throw new InputError(`${v.dir}: condition ${id} (budget ${v.condition.budget}, rounds ${v.condition.rounds}) is also in ${other}`);
    byCondition.set(id, v.dir);
  }

  const groups = new Map<string, Imported[]>();
  for (const v of versions) {
    for (const part of await readVersion(v)) {
      const key = itemKey(part.item);
      const group = groups.get(key);
      if (group && group[0].item.question !== part.item.question) {
        throw new InputError(`${v.dir}: item ${part.item.index} of source "${part.item.source}" has a different question than in ${versions[0].dir}`);
      }
      if (group) group.push(part);
      else groups.set(key, [part]);
    }
  }
  const records = [...groups.values()].map(assemble);

  const conditions = ladderOrder(versions.map((v) => v.condition));
  const known = versions.find((v) => v.header)?.header;
  const first = versions[0];
  const header: RunHeader = known
    ? { ...known, mode: 'imported' }
    : {
        type: 'header',
        format: 'm1wb.runlog',
        version: 1,
        title: `Imported m1 output (${paths.map((p) => path.basename(path.resolve(p))).join(', ')})`,
        model: { file: typeof first.config.model_path === 'string' ? first.config.model_path : 'unknown' },
        preset: { ...first.preset },
        grid: { budgets: [...new Set(conditions.map((c) => c.budget))], rounds: [...new Set(conditions.map((c) => c.rounds))].sort((a, b) => a - b) },
        mode: 'imported',
        budgetPolicy: first.config.budget_policy === 'strict' ? 'strict' : 'm1-exact',
        engine: { name: 'm1-reference-scripts' },
        ...(typeof first.config.eval_data_path === 'string' ? { data: { file: first.config.eval_data_path } } : {}),
        startedAt: opts.now ?? new Date().toISOString(),
      };
  for (const rec of records) {
    const parsed = questionRecordSchema.safeParse(rec);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`item ${rec.item.index} of source "${rec.item.source}": field ${issuePath(issue.path)}: ${issue.message}`);
    }
  }
  return { header, records };
}
