import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { encodeGgufHeader, gguf, writeGgufFile, type GgufFile } from '../../src/engine/tiny-model/gguf-writer';
import { float32ToFloat16, halfBitsToNumber, toHalfBits } from '../../src/engine/tiny-model/half';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'm1wb-gguf-'));

function sample(): GgufFile {
  return {
    metadata: [
      ['general.architecture', gguf.str('llama')],
      ['test.count', gguf.u32(4_000_000_000)],
      ['test.signed', gguf.i32(-7)],
      ['test.ratio', gguf.f32(0.5)],
      ['test.flag', gguf.bool(true)],
      ['test.big', gguf.u64(1n << 40n)],
      ['test.words', gguf.strings(['Ġthe', 'Ċ', 'é'])],
      ['test.types', gguf.i32s([1, 3, 6])],
    ],
    tensors: [
      { name: 'a', dims: [3], type: 'f32', data: new Float32Array([1, 2, 3]) },
      { name: 'b', dims: [2, 3], type: 'f16', data: new Float32Array([0.5, -1, 2, 65504, 0, -0.25]) },
      { name: 'c', dims: [1], type: 'f32', data: new Float32Array([42]) },
    ],
  };
}

describe('GGUF v3 writer', () => {
  it('writes a file that node-llama-cpp reads back with the same metadata and tensors', async () => {
    const out = path.join(tmp, 'sample.gguf');
    const bytes = await writeGgufFile(out, sample());
    const raw = readFileSync(out);
    expect(raw.length).toBe(bytes);
    expect(raw.subarray(0, 4).toString('latin1')).toBe('GGUF');
    expect(raw.readUInt32LE(4)).toBe(3);
    const info = await readGgufFileInfo(out, { readTensorInfo: true });
    expect(info.version).toBe(3);
    const meta = info.metadata as unknown as Record<string, Record<string, unknown>>;
    expect(meta.general.architecture).toBe('llama');
    expect(meta.test).toMatchObject({ count: 4_000_000_000, signed: -7, ratio: 0.5, flag: true, words: ['Ġthe', 'Ċ', 'é'], types: [1, 3, 6] });
    expect(BigInt(meta.test.big as bigint | number)).toBe(1n << 40n);
    const tensors = info.tensorInfo ?? [];
    expect(tensors.map((t) => [t.name, t.dimensions.map(Number), t.ggmlType])).toEqual([
      ['a', [3], 0],
      ['b', [2, 3], 1],
      ['c', [1], 0],
    ]);
    for (const t of tensors) expect(Number(t.offset) % 32).toBe(0);
    // Tensor data lands at the recorded offsets, right after the aligned header.
    const { header, offsets } = encodeGgufHeader(sample());
    expect(header.length % 32).toBe(0);
    expect(raw.readFloatLE(header.length + offsets[0] + 8)).toBe(3);
    expect(halfBitsToNumber(raw.readUInt16LE(header.length + offsets[1] + 6))).toBe(65504);
    expect(raw.readFloatLE(header.length + offsets[2])).toBe(42);
  });

  it('rejects values that do not fit their declared type', () => {
    const bad = (value: ReturnType<typeof gguf.u32>): GgufFile => ({ metadata: [['x.y', value]], tensors: [] });
    expect(() => encodeGgufHeader(bad(gguf.u32(-1)))).toThrow(/"x\.y".*u32/);
    expect(() => encodeGgufHeader(bad(gguf.u32(1.5)))).toThrow(/u32/);
    expect(() => encodeGgufHeader(bad(gguf.i32(2 ** 31)))).toThrow(/i32/);
    expect(() => encodeGgufHeader(bad(gguf.u8(256)))).toThrow(/u8/);
  });

  it('rejects duplicate keys, duplicate tensors and data that does not match the dims', () => {
    expect(() => encodeGgufHeader({ metadata: [['k', gguf.u32(1)], ['k', gguf.u32(2)]], tensors: [] })).toThrow(/"k" appears twice/);
    const t = { name: 't', dims: [2], type: 'f32' as const, data: new Float32Array(2) };
    expect(() => encodeGgufHeader({ metadata: [], tensors: [t, t] })).toThrow(/"t" appears twice/);
    expect(() => encodeGgufHeader({ metadata: [], tensors: [{ ...t, dims: [3] }] })).toThrow(/"t".*\[3\].*3 values.*2/);
  });

  it('leaves nothing behind when the content is invalid', async () => {
    const out = path.join(tmp, 'bad.gguf');
    await expect(writeGgufFile(out, { metadata: [['n', gguf.u32(-5)]], tensors: [] })).rejects.toThrow(/u32/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('f16 conversion', () => {
  it('encodes exact values and rounds to nearest even', () => {
    expect(toHalfBits(1)).toBe(0x3c00);
    expect(toHalfBits(-2)).toBe(0xc000);
    expect(toHalfBits(65504)).toBe(0x7bff);
    expect(toHalfBits(1e6)).toBe(0x7c00);
    expect(toHalfBits(0)).toBe(0);
    expect(toHalfBits(2 ** -24)).toBe(1); // smallest subnormal
    expect(toHalfBits(1 + 2 ** -11)).toBe(0x3c00); // tie rounds to even
    expect(toHalfBits(1 + 3 * 2 ** -11)).toBe(0x3c02); // tie rounds to even (up)
    expect(Number.isNaN(halfBitsToNumber(toHalfBits(NaN)))).toBe(true);
  });

  it('round-trips within half precision', () => {
    const values = new Float32Array([0.1, -3.14159, 1234.5, 6e-5, -0.0007]);
    const half = float32ToFloat16(values);
    values.forEach((v, i) => expect(Math.abs(halfBitsToNumber(half[i]) - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -11 + 2 ** -25));
  });
});
