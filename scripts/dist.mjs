#!/usr/bin/env node
/**
 * `npm run dist`: package the desktop app with electron-builder for what this host can build
 * (Linux: AppImage and deb; macOS: dmg; Windows: nsis), after building the bundles.
 *
 * electron-builder is a pinned devDependency; it downloads the Electron runtime and packaging
 * tools when it packages, which needs the internet. Where it is missing (a trimmed install),
 * this script says how to get it and stops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const TARGETS = {
  linux: ['--linux', 'AppImage', 'deb'],
  darwin: ['--mac', 'dmg'],
  win32: ['--win', 'nsis'],
};

const targets = TARGETS[process.platform];
if (!targets) {
  console.error(`m1wb dist: no package targets for ${process.platform}; electron-builder builds Linux, macOS and Windows packages.`);
  process.exit(2);
}

if (!existsSync(bin('electron-builder'))) {
  console.error(
    [
      'm1wb dist: electron-builder is not installed, so no packages can be built here.',
      '',
      'Packaging needs a machine with internet access (electron-builder downloads the Electron',
      'runtime and its packaging tools on first use). There, run:',
      '',
      '  npm install -D --save-exact electron-builder@26.17.0',
      '  npm run dist',
      '',
      `The configuration is electron-builder.yml; packages are written to dist/. This host (${process.platform}) builds: ${targets.slice(1).join(', ')}.`,
      'macOS packages are built on macOS, Windows installers best on Windows.',
    ].join('\n'),
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(bin('electron-vite'), ['build']);
run(bin('electron-builder'), [...targets, '--publish', 'never', ...process.argv.slice(2)]);
