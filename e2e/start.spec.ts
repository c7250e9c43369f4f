/**
 * `npm start` on a machine without the Electron binary: one plain sentence, a loopback URL,
 * and the same workbench in the browser, fully offline. Also checks the build: minified
 * renderer, CommonJS preload, the CSP, and Monaco's codicon font in the diff.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { trackForeignRequests } from './offline-guard';

let child: ChildProcess | undefined;
test.afterEach(() => {
  child?.kill('SIGTERM');
  child = undefined;
});

function startApp(): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}

test('npm start without Electron serves the sample study on a loopback URL, offline', async ({ page }) => {
  test.skip(
    (() => {
      try {
        require.resolve('electron/path.txt');
        return true;
      } catch {
        return false;
      }
    })(),
    'the Electron binary is installed here, so npm start opens the desktop app instead',
  );
  const { url, output } = await startApp();
  expect(output).toContain('The Electron binary is not available on this machine');
  const foreign = trackForeignRequests(page);
  await page.goto(url);
  await expect(page.getByTestId('illustrative-label')).toHaveText('Illustrative sample, written by hand, not model output');
  await expect(page.getByTestId('question-row').first()).toBeVisible();
  await page.getByTestId('question-row').first().click();
  await expect(page.locator('[data-testid=diff-editor] .monaco-diff-editor')).toBeVisible();
  // The codicon glyph font is bundled and loaded (diff gutter glyphs are not boxes).
  await expect
    .poll(() => page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'codicon' && f.status === 'loaded');
    }))
    .toBe(true);
  expect(foreign).toEqual([]);
});

test('the build is minified, the preload is CommonJS, the page has a strict CSP', async () => {
  const assets = path.resolve('out/renderer/assets');
  const main = readdirSync(assets).filter((f) => /^index-.*\.js$/.test(f));
  expect(main.length).toBeGreaterThan(0);
  for (const f of main) {
    const text = readFileSync(path.join(assets, f), 'utf8');
    const lines = text.split('\n').length;
    // Minified code has very long lines; unminified Monaco is ~8 MB over >100k lines.
    expect(text.length / lines).toBeGreaterThan(500);
  }
  const preload = readFileSync(path.resolve('out/preload/index.cjs'), 'utf8');
  expect(preload).toMatch(/require\("electron"\)/);
  expect(preload).not.toMatch(/^\s*import\s/m);
  const html = readFileSync(path.resolve('out/renderer/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
});
