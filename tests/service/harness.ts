/** The service through its real, validated API, with its own settings and data folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppEvent, WorkbenchApi } from '../../src/shared/api';
import { createDesktopContext, createWorkbenchService, withValidation, type DesktopContext } from '../../src/service';

export const TINY_EVAL = path.resolve('tests/service/fixtures/tiny-eval.json');
export const TINY_MODEL = path.resolve('.cache/fixtures/tiny.gguf');

export interface Harness {
  api: WorkbenchApi;
  desktop: DesktopContext;
  dir: string;
  events: AppEvent[];
  dispose(): Promise<void>;
}

export function harness(): Harness {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-service-'));
  const desktop = createDesktopContext({ settingsFile: path.join(dir, 'config/settings.json'), defaultDataDir: path.join(dir, 'data') });
  const events: AppEvent[] = [];
  const unsubscribe = desktop.hub.subscribe((e) => events.push(e));
  const api = withValidation(createWorkbenchService({ transport: 'websocket', resourcesDir: path.resolve('resources'), desktop }));
  return {
    api,
    desktop,
    dir,
    events,
    async dispose() {
      unsubscribe();
      await desktop.runs.shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `pred` holds (polling); fails with `what` after `ms`. */
export async function until(pred: () => boolean, what: string, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
