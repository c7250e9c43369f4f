/**
 * Settings through the API: defaults, validated changes saved to the file, bad arguments
 * rejected, a damaged or invalid file never stops startup (defaults, the reason, the file kept).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopContext, parseSettings, SettingsStore } from '../../src/service';
import { DEFAULT_SETTINGS } from '../../src/shared/desktop/settings';
import { harness, type Harness } from './harness';

let h: Harness;
afterEach(async () => h?.dispose());

describe('getSettings / updateSettings', () => {
  it('starts from the defaults and saves a validated change', async () => {
    h = harness();
    const first = await h.api.getSettings();
    expect(first.settings).toEqual(DEFAULT_SETTINGS);
    expect(first.dataDir).toBe(path.join(h.dir, 'data'));
    expect(first.problem).toBeUndefined();
    const dataDir = path.join(h.dir, 'elsewhere');
    const next = await h.api.updateSettings({ threads: 2, gpu: 'cpu', dataDir, grid: { budgets: [256, 512], rounds: [0, 1] } });
    expect(next.settings.threads).toBe(2);
    expect(next.dataDir).toBe(dataDir);
    const onDisk = JSON.parse(readFileSync(next.file, 'utf8'));
    expect(onDisk).toMatchObject({ threads: 2, gpu: 'cpu', dataDir, grid: { budgets: [256, 512], rounds: [0, 1] } });
    // A new store reads the same file back.
    expect(new SettingsStore(next.file, '/unused').settings.threads).toBe(2);
  });

  it('rejects bad arguments before anything is written', async () => {
    h = harness();
    const file = (await h.api.getSettings()).file;
    await expect(h.api.updateSettings({ threads: -1 })).rejects.toThrow(/invalid arguments to updateSettings: 0\.threads/);
    await expect(h.api.updateSettings({ gpu: 'tpu' } as never)).rejects.toThrow(/updateSettings: 0\.gpu/);
    await expect(h.api.updateSettings({ window: { width: 1, height: 1, maximized: false } } as never)).rejects.toThrow(/updateSettings/);
    await expect(h.api.updateSettings({ grid: { budgets: [], rounds: [0] } })).rejects.toThrow(/0\.grid\.budgets/);
    await expect(h.api.updateSettings({ dataDir: 'relative/folder' })).rejects.toThrow(/dataDir: must be an absolute path/);
    await expect((h.api.updateSettings as (...a: unknown[]) => Promise<unknown>)()).rejects.toThrow(/invalid arguments to updateSettings/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('a damaged settings file', () => {
  function storeWith(text: string) {
    h = harness();
    const file = path.join(h.dir, 'bad/settings.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return { file, desktop: createDesktopContext({ settingsFile: file, defaultDataDir: path.join(h.dir, 'data') }) };
  }

  it('starts with the defaults, says why, and keeps the damaged file aside', () => {
    const { file, desktop } = storeWith('{"threads": 4,\n "gpu": ');
    const view = desktop.settings.view();
    expect(view.settings).toEqual(DEFAULT_SETTINGS);
    expect(view.problem).toMatch(/settings\.json(:\d+)?: not valid JSON/);
    expect(view.problem).toMatch(/damaged file was kept as/);
    const kept = readdirSync(path.dirname(file)).filter((n) => n.startsWith('settings.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(path.dirname(file), kept[0]), 'utf8')).toBe('{"threads": 4,\n "gpu": ');
    // The support log records it.
    expect(readFileSync(desktop.log.file, 'utf8')).toMatch(/WARN .*not valid JSON/);
  });

  it('names the invalid field', () => {
    const { desktop } = storeWith(JSON.stringify({ threads: 'many' }));
    expect(desktop.settings.view().problem).toMatch(/field threads: /);
    expect(desktop.settings.settings.threads).toBe(0);
  });

  it('fills in fields the file does not have', () => {
    expect(parseSettings(JSON.stringify({ threads: 3 }), 's.json')).toEqual({ ...DEFAULT_SETTINGS, threads: 3 });
    expect(() => parseSettings('[]', 's.json')).toThrow(/s\.json: expected a JSON object/);
  });
});

describe('the validated API object', () => {
  it('exposes only the declared methods (no inherited names)', async () => {
    h = harness();
    const api = h.api as unknown as Record<string, unknown>;
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(api[name]).toBeUndefined();
    expect(typeof api.getSettings).toBe('function');
  });
});
