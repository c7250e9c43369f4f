/**
 * Progress of a sweep on stderr: questions done of total with ETA, and generation speed in
 * tokens per second. On a terminal two cli-progress bars; otherwise one line per question.
 */
import type { MultiBar, SingleBar } from 'cli-progress';
import type { Item } from '../shared/domain';

export interface SweepProgress {
  start(total: number, skipped: number): void;
  questionStart(item: Item): void;
  tokens(n: number): void;
  questionDone(key: string, stats: { evaluated: number; generated: number; ms: number }): void;
  stop(): void;
}

export async function createSweepProgress(): Promise<SweepProgress> {
  const tty = Boolean(process.stderr.isTTY);
  let multi: MultiBar | undefined;
  let questions: SingleBar | undefined;
  let speed: SingleBar | undefined;
  let total = 0;
  let done = 0;
  let generated = 0;
  let current = '';
  const t0 = Date.now();
  const tps = () => {
    const s = (Date.now() - t0) / 1000;
    return s > 0 ? Math.round(generated / s) : 0;
  };
  let cliProgress: typeof import('cli-progress') | undefined;
  if (tty) cliProgress = await import('cli-progress');
  let lastRedraw = 0;
  return {
    start(t, skipped) {
      total = t;
      done = skipped;
      if (cliProgress) {
        multi = new cliProgress.MultiBar(
          { stream: process.stderr, hideCursor: true, clearOnComplete: false, stopOnComplete: false, etaBuffer: 20, fps: 5 },
          cliProgress.Presets.shades_classic,
        );
        questions = multi.create(total, skipped, { item: '' }, { format: 'questions {bar} {value}/{total} | ETA {eta_formatted} | {item}' });
        speed = multi.create(1, 0, { tps: 0, tokens: 0 }, { format: 'tokens    {tps} tok/s | {tokens} generated', barsize: 0 });
      } else {
        process.stderr.write(`sweep: ${total} questions${skipped ? ` (${skipped} already in the run log)` : ''}\n`);
      }
    },
    questionStart(item) {
      current = `${item.source}#${item.index}`;
      questions?.update(done, { item: current });
    },
    tokens(n) {
      generated += n;
      const now = Date.now();
      if (speed && now - lastRedraw > 200) {
        lastRedraw = now;
        speed.update(0, { tps: tps(), tokens: generated });
      }
    },
    questionDone(key, stats) {
      done++;
      if (questions) {
        questions.update(done, { item: current });
        speed?.update(0, { tps: tps(), tokens: generated });
      } else {
        process.stderr.write(`[${done}/${total}] ${key}: ${stats.generated} generated, ${stats.evaluated} evaluated, ${(stats.ms / 1000).toFixed(1)} s\n`);
      }
    },
    stop() {
      multi?.stop();
    },
  };
}
