#!/usr/bin/env node
/**
 * `npm start`: build, then launch the desktop app; where the Electron binary is not available,
 * serve the same workbench in the browser on 127.0.0.1 instead.
 * `npm run serve`: build, then always browser mode.
 *
 * Options: --serve, --no-build, --port N (default 5180, or a free port when taken).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function build() {
  const bin = path.join(root, 'node_modules/.bin/electron-vite');
  const r = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Path of a usable Electron binary, or null. Fetching it on first use may take a moment. */
function findElectron() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(require('electron'))"],
    { cwd: root, encoding: 'utf8', timeout: 300_000 },
  );
  const exe = probe.status === 0 ? probe.stdout.trim() : '';
  return exe && existsSync(exe) ? exe : null;
}

async function serve(port) {
  const { register } = await import('tsx/esm/api');
  register();
  const { startServer } = await import(path.join(root, 'src/server/index.ts'));
  let server;
  try {
    server = await startServer({ port });
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') server = await startServer({ port: 0 });
    else throw e;
  }
  console.log(`m1 Workbench is running at ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (!flag('--no-build')) build();
const port = Number(option('--port') ?? process.env.M1WB_PORT ?? 5180);

if (flag('--serve')) {
  await serve(port);
} else {
  const electron = findElectron();
  if (electron) {
    const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('The Electron binary is not available on this machine, so m1 Workbench opens in your browser instead.');
    await serve(port);
  }
}
