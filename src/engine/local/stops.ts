/** Stop tokens of a preset: each stop string must be one (special) token of the model. */
import type { LlamaModel, Token } from 'node-llama-cpp';
import type { ProtocolPreset } from '../../shared/protocol';

export function stopTokens(model: LlamaModel, preset: ProtocolPreset): Set<Token> {
  const set = new Set<Token>();
  for (const s of preset.stops) {
    const t = model.tokenize(s, true);
    if (t.length !== 1) {
      throw new Error(`stop string ${JSON.stringify(s)} is ${t.length} tokens in this model's vocabulary, not one special token`);
    }
    set.add(t[0]);
  }
  return set;
}
