import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, listing, runCli, tempDir } from './run-cli';

describe('m1wb sweep --model hf:…', () => {
  it('fails with a clear one-line message, quickly, and writes no run log when the model cannot be fetched', async () => {
    const dir = tempDir('hf');
    const data = path.join(dir, 'eval.json');
    writeFileSync(data, JSON.stringify([{ question: 'Q?', options: { A: 'x', B: 'y' }, answer: 'x', answer_idx: 'A' }]));
    const started = Date.now();
    // A repository that does not exist: offline the host does not answer; online it answers 404.
    const r = await runCli(['sweep', '--model', 'hf:m1wb-tests/no-such-repo/none.gguf', '--data', data, '--out', path.join(dir, 'run.jsonl')], {
      env: { M1WB_MODELS_DIR: path.join(dir, 'models') },
    });
    expect(r.code).toBe(1);
    expect(expectOneLineError(r)).toMatch(/^m1wb: --model: cannot download hf:m1wb-tests\/no-such-repo\/none\.gguf: /);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(listing(dir)).toEqual(['eval.json']);
  });
});
