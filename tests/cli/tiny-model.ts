/** The tiny test model: the one tests/global-setup.ts generated, or one made with the CLI. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from './run-cli';

let made: Promise<string> | undefined;

export function tinyModel(): Promise<string> {
  const fromSetup = process.env.M1WB_TINY_MODEL;
  if (fromSetup && existsSync(fromSetup)) return Promise.resolve(fromSetup);
  made ??= (async () => {
    const file = path.join(tempDir('model'), 'tiny.gguf');
    const r = await runCli(['make-tiny-model', file]);
    if (r.code !== 0) throw new Error(`make-tiny-model failed: ${r.stderr}`);
    return file;
  })();
  return made;
}
