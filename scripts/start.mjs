#!/usr/bin/env node
/**
 * `npm start`: build, then launch the desktop app; where the Electron binary is not available,
 * serve the same workbench in the browser on 127.0.0.1 instead.
 * `npm run serve`: build, then always browser mode.
 *
 * Options: --serve, --no-build; everything else goes to `m1wb serve` (--port, --host,
 * --token, --allow-host). The port defaults to 5180, or a free port when that one is taken.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const own = new Set(['--serve', '--no-build']);
const serveArgs = args.filter((a) => !own.has(a));

function build() {
  const bin = path.join(root, 'node_modules/.bin/electron-vite');
  const r = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Path of a usable Electron binary, or null. Fetching it on first use may take a moment. */
function findElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const exe = probe.status === 0 ? probe.stdout.trim() : '';
  return exe && existsSync(exe) ? exe : null;
}

function serve() {
  const defaults = serveArgs.includes('--port') ? [] : ['--port', process.env.M1WB_PORT ?? '5180', '--port-fallback'];
  const child = spawn(process.execPath, [path.join(root, 'bin/m1wb.mjs'), 'serve', ...defaults, ...serveArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (!args.includes('--no-build')) build();

if (args.includes('--serve')) {
  serve();
} else {
  const electron = findElectron();
  if (electron) {
    const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('The Electron binary is not available on this machine, so m1 Workbench opens in your browser instead.');
    serve();
  }
}
