/**
 * Scale benchmark of the review workbench (not a test): a generated study of 10,000 questions ×
 * 13 conditions, imported and reviewed in Debian's Chromium through browser mode. Prints, from
 * one run:
 * - import time (files chosen → study stored, and → list shown), and the worker's own figure;
 * - next question → its diff rendered (j key to the Monaco diff showing the new question with its
 *   diff computed): median and p95 over the samples;
 * - flip-matrix recompute (a new "from" condition → the matrix on screen): median and p95;
 * - the renderer's JavaScript heap after import and after reviewing (after a forced GC).
 * Targets: import < 10 s, next question p95 < 100 ms, flip matrix < 250 ms, heap < 1 GB.
 *
 * Usage: npm run bench:ui -- [--questions 10000] [--samples 40] [--no-build] [--port 5219]
 * (--no-build reuses the renderer built into .cache/bench-ui/renderer by an earlier run)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { BENCH_CONDITIONS, writeBenchStudy } from '../../scripts/bench-ui/generate-study';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '10000' },
    samples: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '5219' },
  },
});
const N = Number(values.questions);
const SAMPLES = Number(values.samples);
const root = path.resolve(import.meta.dirname, '../..');

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

async function heap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/**
 * Resident memory of this run's Chromium renderer processes (pages and their workers), found
 * through the process tree under this Node process.
 */
function rendererRss(): number {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]) * 1024, args: m[4] }));
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  return procs.filter((p) => mine.has(p.pid) && p.args.includes('--type=renderer')).reduce((s, p) => s + p.rss, 0);
}

/** Samples rendererRss until stopped; gives the peak. */
function rssSampler(): { stop: () => number } {
  let peak = rendererRss();
  const timer = setInterval(() => {
    peak = Math.max(peak, rendererRss());
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rendererRss());
    },
  };
}

/** Typing a search pattern → the list shows its matches (the search went busy and came back). */
async function searchMs(page: Page, pattern: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector('[data-testid=text-search]') as HTMLInputElement;
        const count = document.querySelector('[data-testid=question-count]')!;
        let busy = false;
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(`search for ${value} did not finish in 120 s`)), 120_000);
        const observer = new MutationObserver(() => {
          const b = count.getAttribute('aria-busy') === 'true';
          if (b) busy = true;
          else if (busy) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now() - t0);
          }
        });
        observer.observe(count, { attributes: true, attributeFilter: ['aria-busy'] });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    pattern,
  );
}

/**
 * j → the question view shows the next question with its diff computed. Also gives the time
 * until the view first shows the new question (before the diff is ready).
 */
async function nextQuestionMs(page: Page): Promise<{ diff: number; shown: number; texts: number }> {
  return page.evaluate(
    () =>
      new Promise<{ diff: number; shown: number; texts: number }>((resolve, reject) => {
        const q = (s: string) => document.querySelector(s);
        const view = q('[data-testid=question-view]') as HTMLElement | null;
        const oldKey = view?.dataset.key;
        const modified = () => q('[data-testid=diff-editor] .editor.modified .view-lines')?.textContent ?? '';
        const original = () => q('[data-testid=diff-editor] .editor.original .view-lines')?.textContent ?? '';
        const oldText = modified();
        const t0 = performance.now();
        let shown = -1;
        let texts = -1;
        const done = () => {
          const v = q('[data-testid=question-view]') as HTMLElement | null;
          if (!v || v.dataset.key === oldKey) return false;
          if (shown < 0) shown = performance.now() - t0;
          const text = modified();
          if (!text || text === oldText) return false;
          if (texts < 0) texts = performance.now() - t0;
          // The diff is computed when its decorations are drawn (or when both sides are equal).
          return original() === text || !!q('[data-testid=diff-editor] .char-insert, [data-testid=diff-editor] .char-delete, [data-testid=diff-editor] .line-insert, [data-testid=diff-editor] .line-delete, [data-testid=diff-editor] .diff-hidden-lines');
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          const v = q('[data-testid=question-view]') as HTMLElement | null;
          const state = { key: v?.dataset.key, modified: modified().slice(0, 80), original: original().slice(0, 80), changed: modified() !== oldText };
          reject(new Error(`next question did not render within 5 s (from ${oldKey}): ${JSON.stringify(state)}`));
        }, 5_000);
        const observer = new MutationObserver(() => {
          if (done()) {
            const ms = performance.now() - t0;
            observer.disconnect();
            clearTimeout(timer);
            resolve({ diff: ms, shown, texts });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', bubbles: true }));
      }),
  );
}

/** A new "from" condition in the flip matrix → the matrix shows it. */
async function flipMatrixMs(page: Page, from: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve, reject) => {
        const select = document.querySelector('[data-testid=flip-from]') as HTMLSelectElement;
        const before = document.querySelector('[data-testid=flip-matrix]')?.textContent;
        const t0 = performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
        setter.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          if (document.querySelector('[data-testid=flip-matrix]')?.textContent !== before) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 10_000) reject(new Error(`the flip matrix did not change for ${value}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    from,
  );
}

async function main(): Promise<void> {
  const dir = path.join(root, '.cache/bench-ui');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `study-${N}x${BENCH_CONDITIONS.length}.jsonl`);
  if (!existsSync(file)) {
    const t = performance.now();
    await writeBenchStudy(file, N);
    console.log(`generated ${path.relative(root, file)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const bytes = statSync(file).size;
  // The renderer is built into the benchmark's own folder, so that other builds of out/ cannot
  // change it under the running server.
  const staticDir = path.join(dir, 'renderer');
  if (!values['no-build'] || !existsSync(path.join(staticDir, 'index.html'))) {
    const r = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--config', 'vite.renderer.config.ts', '--outDir', staticDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error('build failed');
  }
  const server = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), '--serve', '--no-build', '--port', values.port!, '--static-dir', staticDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // tsx keeps function names with a helper that page callbacks do not have.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url);
    await page.getByTestId('question-list').waitFor({ timeout: 60_000 });
    const heapBefore = await heap(page);

    // Import.
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-files').setInputFiles(file);
    await page.getByTestId('import-kind').waitFor();
    if ((await page.getByTestId('import-kind').inputValue()) !== 'run-log') throw new Error('the generated file was not detected as a run log');
    const t0 = Date.now();
    const importRss = rssSampler();
    await page.getByTestId('import-start').click();
    await page.getByTestId('import-done').waitFor({ timeout: 300_000 });
    const imported = Date.now() - t0;
    const summary = (await page.getByTestId('import-done').textContent()) ?? '';
    await page.getByTestId('import-close').click();
    await page.getByTestId('question-count').filter({ hasText: `${N.toLocaleString('en')} questions` }).waitFor({ timeout: 60_000 });
    const listed = Date.now() - t0;
    const importPeakRss = importRss.stop();
    const heapAfterImport = await heap(page);

    // Flip matrix.
    const tOverview = Date.now();
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('flip-matrix').waitFor({ timeout: 60_000 });
    const overviewMs = Date.now() - tOverview;
    const ladder = await page.getByTestId('flip-from').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const flips: number[] = [];
    // Every step picks another "from" condition than the one shown (the "to" stays the last).
    const froms = ladder.slice(0, -1);
    for (let i = 0; i < Math.max(10, Math.floor(SAMPLES / 2)); i++) flips.push(await flipMatrixMs(page, froms[(i + 1) % froms.length]));

    // Regular-expression search in questions and traces (first search loads the texts).
    await page.getByTestId('tab-questions').click();
    const searches: number[] = [];
    for (const pattern of ['myocardial (infarction|embolism)', 'Case 99\\d\\b', 'troponin.{0,40}elevated']) {
      searches.push(await searchMs(page, pattern));
    }
    const matched = (await page.getByTestId('question-count').textContent()) ?? '';
    await page.getByTestId('text-search').fill('');
    await page.getByTestId('question-count').filter({ hasText: `${N.toLocaleString('en')} questions` }).waitFor();

    // Next question → diff.
    await page.getByTestId('question-row').first().click();
    await page.locator('[data-testid=diff-editor] .editor.modified .view-lines').waitFor({ timeout: 60_000 });
    const nexts: number[] = [];
    const shown: number[] = [];
    const texts: number[] = [];
    const failures: string[] = [];
    for (let i = 0; i < SAMPLES + 3; i++) {
      try {
        const ms = await nextQuestionMs(page);
        if (i >= 3) {
          nexts.push(ms.diff);
          shown.push(ms.shown);
          texts.push(ms.texts);
        }
      } catch (e) {
        failures.push((e as Error).message.split('\n')[0]);
      }
    }
    if (nexts.length === 0) throw new Error(`no question rendered: ${failures[0]}`);
    const heapAfterReview = await heap(page);
    const reviewRss = rendererRss();

    console.log('');
    console.log(`UI scale benchmark, Chromium ${browser.version()} (headless), ${N.toLocaleString('en')} questions × ${BENCH_CONDITIONS.length} conditions, run log ${mb(bytes)}`);
    console.log(`  import, files chosen → stored:         ${(imported / 1000).toFixed(2)} s   (target < 10 s)   [${summary.trim()}]`);
    console.log(`  import, files chosen → list shown:     ${(listed / 1000).toFixed(2)} s`);
    console.log(`  next question → diff rendered:        median ${fmt(quantile(nexts, 0.5))}, p95 ${fmt(quantile(nexts, 0.95))}, max ${fmt(Math.max(...nexts))} over ${nexts.length}   (target p95 < 100 ms)`);
    console.log(`    of which the new question shown: median ${fmt(quantile(shown, 0.5))}, p95 ${fmt(quantile(shown, 0.95))}; its texts in the diff editor (diff not yet computed): median ${fmt(quantile(texts, 0.5))}, p95 ${fmt(quantile(texts, 0.95))}`);
    if (failures.length) console.log(`    ${failures.length} step(s) never showed a diff within 5 s (left out of the figures); first: ${failures[0]}`);
    console.log(`  flip matrix recompute → on screen:    median ${fmt(quantile(flips, 0.5))}, p95 ${fmt(quantile(flips, 0.95))} over ${flips.length}   (target < 250 ms)`);
    console.log(`  regex search in questions and traces (typing pause included, 250 ms): first ${fmt(searches[0])} (loads the texts), then ${searches.slice(1).map(fmt).join(', ')}   [${matched.trim()}]`);
    console.log(`  overview opened (charts, matrix, ladder transitions): ${overviewMs} ms`);
    if (pageErrors.length) console.log(`  page errors: ${pageErrors.length}; first: ${pageErrors[0]}`);
    console.log(`  renderer heap (after GC): ${mb(heapBefore)} at start, ${mb(heapAfterImport)} after import, ${mb(heapAfterReview)} after review   (target < 1024 MB)`);
    console.log(`  renderer processes' resident memory (pages and workers): peak ${mb(importPeakRss)} during import, ${mb(reviewRss)} after review`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
