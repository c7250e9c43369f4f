/**
 * Starts the real llama-server (built by scripts/llama-server/build.mjs, cached outside the
 * repository) on 127.0.0.1 with an API key, serving a GGUF model.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Path of the cached binary, or the reason it cannot be used. */
export function llamaServerBinary(): { path: string } | { missing: string } {
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/llama-server/build.mjs'), '--print'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return { missing: `scripts/llama-server/build.mjs --print failed: ${(e as Error).message}` };
  }
  const bin = out.trim().split('\n').pop() ?? '';
  if (!existsSync(bin)) return { missing: `llama-server is not built (${bin}); run: node scripts/llama-server/build.mjs` };
  return { path: bin };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  apiKey: string;
  parallel: number;
  stop(): Promise<void>;
  /** Server log so far (stderr and stdout). */
  log(): string;
}

export interface ServerOptions {
  binary: string;
  model: string;
  parallel: number;
  apiKey: string;
  /** Context per slot; default 4096. */
  slotContext?: number;
  threads?: number;
}

/** Start llama-server and wait until /health answers 200. */
export async function startLlamaServer(opts: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const args = [
    '--model', opts.model,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--api-key', opts.apiKey,
    '--parallel', String(opts.parallel),
    '--ctx-size', String((opts.slotContext ?? 4096) * opts.parallel),
    '--threads', String(opts.threads ?? 1),
    '--threads-batch', String(opts.threads ?? 1),
    '--seed', '42',
    '--temp', '0',
    '--repeat-penalty', '1',
    '--no-webui',
    '--no-warmup',
    '--metrics',
  ];
  let log = '';
  const child: ChildProcess = spawn(opts.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`llama-server exited with ${exited} before it was ready:\n${log.slice(-3000)}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`llama-server did not become ready within 60 s:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    apiKey: opts.apiKey,
    parallel: opts.parallel,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== undefined) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
