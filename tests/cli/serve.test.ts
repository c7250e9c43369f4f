import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, expectOneLineError, runCli, tempDir } from './run-cli';

describe('m1wb serve', () => {
  it('serves the given renderer directory on 127.0.0.1 and stops on Ctrl-C', async () => {
    const staticDir = tempDir('static');
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>m1wb serve test</title>');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--static-dir', staticDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('close', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('m1wb serve test');
    child.kill('SIGINT');
    expect(await closed).toBe(0);
  });

  it('rejects a bad port', async () => {
    const r = await runCli(['serve', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(expectOneLineError(r)).toMatch(/--port: "eighty" is not a non-negative whole number/);
  });
});
