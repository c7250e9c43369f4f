/**
 * Where the cached llama-server binary lives: one folder per llama.cpp release and commit
 * of the source that node-llama-cpp bundles, outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The bundled llama.cpp source: bundle path, release tag and commit. */
export function bundleInfo(root) {
  const llamaDir = path.join(root, 'node_modules/node-llama-cpp/llama');
  const bundle = path.join(llamaDir, 'gitRelease.bundle');
  let release = 'unknown';
  try {
    release = JSON.parse(readFileSync(path.join(llamaDir, 'llama.cpp.info.json'), 'utf8')).tag ?? release;
  } catch {
    throw new Error(`${path.join(llamaDir, 'llama.cpp.info.json')} is missing: run npm ci first`);
  }
  const heads = execFileSync('git', ['bundle', 'list-heads', bundle], { encoding: 'utf8' });
  const commit = heads.split(/\s+/)[0];
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`${bundle}: no commit found in the bundle`);
  return { bundle, release, commit };
}

export function cacheRoot() {
  return process.env.M1WB_LLAMA_SERVER_CACHE || path.join(os.homedir(), '.cache', 'm1wb', 'llama-server');
}

/** Absolute path of the llama-server binary for the bundled source (it may not exist yet). */
export function serverBinaryPath(root) {
  const { release, commit } = bundleInfo(root);
  return path.join(cacheRoot(), `${release}-${commit.slice(0, 12)}-${process.platform}-${process.arch}`, 'llama-server');
}
