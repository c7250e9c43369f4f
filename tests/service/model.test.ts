/**
 * Model manager through the API: a local GGUF's metadata, backend, memory and fit; clear
 * errors for missing or non-GGUF files; downloads fail with a clear message offline; bad
 * arguments rejected.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadErrorMessage } from '../../src/engine/model/download-check';
import { harness, TINY_MODEL, until, type Harness } from './harness';

let h: Harness;
afterEach(async () => h?.dispose());

describe('inspectModel', () => {
  it('reports the tiny model on the CPU backend and remembers it', async () => {
    h = harness();
    const r = await h.api.inspectModel(TINY_MODEL, 'cpu', 4096);
    expect(r).toMatchObject({ path: TINY_MODEL, architecture: 'qwen2', trainContextSize: 32768, backend: 'cpu', contextSize: 4096, fits: true });
    expect(r.sizeBytes).toBeGreaterThan(1000);
    expect(r.layers).toBeGreaterThan(0);
    expect(r.ram.total).toBeGreaterThan(0);
    expect(r.vram).toBeUndefined();
    expect(r.advice).toMatch(/CPU/);
    expect((await h.api.getSettings()).settings.recentModels[0]).toBe(TINY_MODEL);
  });

  it('caps the context at the training context', async () => {
    h = harness();
    expect((await h.api.inspectModel(TINY_MODEL, 'cpu', 1_000_000)).contextSize).toBe(32768);
  });

  it('says what is wrong with a missing or non-GGUF file', async () => {
    h = harness();
    await expect(h.api.inspectModel(path.join(h.dir, 'nope.gguf'), 'cpu', 4096)).rejects.toThrow(/nope\.gguf: no such file/);
    const text = path.join(h.dir, 'model.gguf');
    writeFileSync(text, 'not a model');
    await expect(h.api.inspectModel(text, 'cpu', 4096)).rejects.toThrow(/model\.gguf: not a GGUF model file/);
    await expect(h.api.inspectModel(h.dir, 'cpu', 4096)).rejects.toThrow(/is a directory/);
  });

  it('rejects bad arguments', async () => {
    h = harness();
    await expect(h.api.inspectModel('', 'cpu', 4096)).rejects.toThrow(/invalid arguments to inspectModel: 0:/);
    await expect(h.api.inspectModel(TINY_MODEL, 'tpu' as never, 4096)).rejects.toThrow(/inspectModel: 1:/);
    await expect(h.api.inspectModel(TINY_MODEL, 'cpu', -5)).rejects.toThrow(/inspectModel: 2:/);
    await expect(h.api.inspectModel(42 as never, 'cpu', 4096)).rejects.toThrow(/inspectModel: 0:/);
  });
});

describe('downloadModel', () => {
  it('fails with a clear message when the network is not reachable', async () => {
    h = harness();
    const started = await h.api.downloadModel('hf:example/m1-7B-23K-GGUF/m1-7B-23K.Q4_K_M.gguf');
    expect(started.state).toBe('running');
    await until(() => h.events.some((e) => e.type === 'download' && e.status.id === started.id && e.status.state !== 'running'), 'the download to end');
    const [end] = await h.api.listDownloads();
    expect(end.state).toBe('error');
    expect(end.error).toMatch(/^cannot download hf:example\/m1-7B-23K-GGUF\/m1-7B-23K\.Q4_K_M\.gguf: /);
    expect(end.error).toMatch(/network is not reachable|open the local file/);
  });

  it('rejects what is not a model URI', async () => {
    h = harness();
    await expect(h.api.downloadModel('ftp://example.org/m.gguf')).rejects.toThrow(/invalid arguments to downloadModel: 0: a model URI/);
    await expect(h.api.downloadModel('/local/file.gguf')).rejects.toThrow(/downloadModel/);
    await expect(h.api.cancelDownload('dl-unknown')).rejects.toThrow(/no download dl-unknown/);
  });

  it('words network failures as such', () => {
    const e = new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND huggingface.co') });
    expect(downloadErrorMessage('hf:a/b/c.gguf', e)).toMatch(/network is not reachable.*ENOTFOUND.*continues where it stopped/);
    expect(downloadErrorMessage('hf:a/b/c.gguf', new Error('404 Not Found'))).toBe('cannot download hf:a/b/c.gguf: 404 Not Found');
  });
});
