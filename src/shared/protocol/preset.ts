/**
 * The m1 inference protocol as data: every constant of the prompt, the thinking phase, the
 * budget forcing rounds and the answer phase lives here, in one place. Pure; usable in Node
 * and in the browser.
 */

export interface ProtocolPreset {
  /** Preset name, recorded in every run log. */
  name: string;
  /** System prompt that the Qwen2.5 chat template inserts when no system message is given. */
  systemPrompt: string;
  /** Instruction line appended after the options. */
  userInstruction: string;
  /** Chat turn opener for the user message. */
  userPrefix: string;
  /** Closes a chat turn. */
  turnEnd: string;
  /** Opens the assistant turn (generation prompt of the chat template). */
  assistantPrefix: string;
  /** Written after the assistant prefix; thinking starts right after it. */
  thinkPrefix: string;
  /** Generation stops on these strings (tokens); the stop itself is not part of the text. */
  stops: string[];
  /** Budget forcing string appended after a natural stop ("Wait"). */
  forceString: string;
  /** Prefix that starts the answer after a natural stop. */
  answerPrefixAfterStop: string;
  /** Prefix that starts the answer after the thinking ran out of budget. */
  answerPrefixAfterLength: string;
  /** Most tokens the answer phase may generate. */
  maxAnswerTokens: number;
  /** Sampling temperature: 0 is greedy. */
  temperature: number;
  /** Seed used where sampling takes one. */
  seed: number;
}

/** The m1 evaluation scripts' protocol (arXiv 2504.00869 and its public scripts). */
export const M1_PRESET: ProtocolPreset = Object.freeze({
  name: 'm1',
  systemPrompt: 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.',
  userInstruction: 'Return your final response within \\boxed{}.',
  userPrefix: '<|im_start|>user\n',
  turnEnd: '<|im_end|>\n',
  assistantPrefix: '<|im_start|>assistant\n',
  thinkPrefix: '<|im_start|>think\n',
  stops: Object.freeze(['<|im_start|>', '<|im_end|>']) as string[],
  forceString: 'Wait',
  answerPrefixAfterStop: '<|im_start|>answer',
  answerPrefixAfterLength: '<|im_start|>answer\nFinal Answer:',
  maxAnswerTokens: 1024,
  temperature: 0,
  seed: 42,
}) as ProtocolPreset;

/**
 * s1-style budget forcing (s1's lm-evaluation-harness defaults): the same ChatML thinking
 * and answer markers and forcing string, but the thinking phase stops on `<|im_start|>`
 * only (s1's `until_thinking`).
 */
export const S1_PRESET: ProtocolPreset = Object.freeze({
  ...M1_PRESET,
  name: 's1',
  stops: Object.freeze(['<|im_start|>']) as string[],
}) as ProtocolPreset;

/** A copy of a preset with another forcing string (e.g. "Hmm", "Alternatively"). */
export function withForceString(preset: ProtocolPreset, forceString: string): ProtocolPreset {
  if (forceString.length === 0) throw new Error('forcing string must not be empty');
  const base = preset.name.replace(/\+force=.*$/, '');
  const name = forceString === M1_PRESET.forceString && base === preset.name ? preset.name : `${base}+force=${forceString}`;
  return { ...preset, stops: [...preset.stops], name, forceString };
}

/** Forcing strings people try besides "Wait". */
export const FORCE_STRINGS = ['Wait', 'Hmm', 'Alternatively'] as const;

const PRESETS: Record<string, ProtocolPreset> = {
  m1: M1_PRESET,
  s1: S1_PRESET,
};

/** Names accepted by getPreset (a base name, optionally "+force=STRING"). */
export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/** Look a preset up by name: "m1", "s1", or either with "+force=Hmm" appended. */
export function getPreset(name: string): ProtocolPreset {
  const m = /^([^+]+)(?:\+force=(.+))?$/.exec(name);
  const base = m ? PRESETS[m[1]] : undefined;
  if (!m || !base) throw new Error(`unknown protocol preset "${name}" (known: ${presetNames().join(', ')})`);
  return m[2] === undefined ? { ...base, stops: [...base.stops] } : withForceString(base, m[2]);
}

/** Fields of a preset compared when a run is resumed. */
export function presetsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
