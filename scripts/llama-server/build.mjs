#!/usr/bin/env node
/**
 * Builds llama.cpp's `llama-server` once, offline, from the llama.cpp source that
 * node-llama-cpp bundles (node_modules/node-llama-cpp/llama/gitRelease.bundle), and caches
 * the binary outside the repository:
 *
 *   ~/.cache/m1wb/llama-server/<llama.cpp release>-<commit>-<platform>/llama-server
 *
 * (M1WB_LLAMA_SERVER_CACHE overrides ~/.cache/m1wb/llama-server). A cached binary makes this
 * a no-op. Prints the binary's path on the last line of stdout.
 *
 *   node scripts/llama-server/build.mjs          build when absent, print the path
 *   node scripts/llama-server/build.mjs --print  print the path it has or would have, build nothing
 *   node scripts/llama-server/build.mjs --jobs 1 limit the parallel compile jobs (default: 2)
 *
 * Static build, CPU only, no web UI download (LLAMA_USE_PREBUILT_UI=OFF, LLAMA_BUILD_UI=OFF),
 * no HTTPS (LLAMA_OPENSSL=OFF): the tests and benchmarks serve on 127.0.0.1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, copyFileSync, chmodSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverBinaryPath, bundleInfo } from './locate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function arg(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

function main() {
  const info = bundleInfo(ROOT);
  const binary = serverBinaryPath(ROOT);
  if (process.argv.includes('--print') || existsSync(binary)) {
    if (!existsSync(binary)) process.stderr.write(`llama-server is not built yet (node scripts/llama-server/build.mjs)\n`);
    else process.stderr.write(`llama-server ${info.release} (${info.commit.slice(0, 12)}) is cached\n`);
    process.stdout.write(binary + '\n');
    return;
  }
  const jobs = Number(arg('--jobs') ?? process.env.M1WB_BUILD_JOBS ?? 2);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs: a positive integer is needed, got ${arg('--jobs')}`);
  for (const tool of ['git', 'cmake']) {
    const r = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if (r.error || r.status !== 0) throw new Error(`${tool} is needed to build llama-server (apt-get install ${tool === 'cmake' ? 'cmake g++' : 'git'})`);
  }
  const dir = path.dirname(binary);
  const work = `${dir}.build-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const t0 = performance.now();
  try {
    const src = path.join(work, 'src');
    process.stderr.write(`Building llama-server ${info.release} from ${path.relative(ROOT, info.bundle)} in ${work}\n`);
    run('git', ['clone', '--quiet', info.bundle, src]);
    run('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', info.commit], { cwd: src });
    const build = path.join(work, 'build');
    run('cmake', [
      '-S', src,
      '-B', build,
      '-DCMAKE_BUILD_TYPE=Release',
      '-DBUILD_SHARED_LIBS=OFF',
      '-DLLAMA_BUILD_SERVER=ON',
      '-DLLAMA_BUILD_TOOLS=ON',
      '-DLLAMA_BUILD_TESTS=OFF',
      '-DLLAMA_BUILD_EXAMPLES=OFF',
      '-DLLAMA_USE_PREBUILT_UI=OFF',
      '-DLLAMA_BUILD_UI=OFF',
      '-DLLAMA_OPENSSL=OFF',
      '-DLLAMA_CURL=OFF',
      '-DGGML_NATIVE=ON',
    ]);
    run('cmake', ['--build', build, '--target', 'llama-server', '--config', 'Release', '-j', String(jobs)]);
    const built = path.join(build, 'bin', 'llama-server');
    if (!existsSync(built)) throw new Error(`the build finished but ${built} is missing`);
    const out = execFileSync(built, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    mkdirSync(dir, { recursive: true });
    const tmp = `${binary}.tmp-${process.pid}`;
    copyFileSync(built, tmp);
    chmodSync(tmp, 0o755);
    const seconds = (performance.now() - t0) / 1000;
    writeFileSync(
      path.join(dir, 'build.json'),
      JSON.stringify({ release: info.release, commit: info.commit, builtAt: new Date().toISOString(), seconds: Math.round(seconds), jobs, host: os.hostname(), version: out.trim() }, null, 2) + '\n',
    );
    renameSync(tmp, binary);
    process.stderr.write(`llama-server built in ${seconds.toFixed(0)} s with ${jobs} jobs\n`);
    process.stdout.write(binary + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`scripts/llama-server/build.mjs: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
