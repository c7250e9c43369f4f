/**
 * A small GGUF v3 writer: typed metadata values and aligned f32 / f16 tensor data.
 *
 * Layout (little endian): magic "GGUF", version u32, tensor count u64, metadata count u64,
 * metadata key/value pairs, tensor infos, padding to the alignment, tensor data (each tensor
 * starting at a multiple of the alignment, offsets relative to the start of the data section).
 */
import { open, rename, rm } from 'node:fs/promises';
import { float32ToFloat16 } from './half';

export const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** GGUF metadata value type codes. */
export const GgufType = {
  u8: 0,
  i8: 1,
  u16: 2,
  i16: 3,
  u32: 4,
  i32: 5,
  f32: 6,
  bool: 7,
  string: 8,
  array: 9,
  u64: 10,
  i64: 11,
  f64: 12,
} as const;

export type GgufScalarType = Exclude<keyof typeof GgufType, 'array'>;

export type GgufValue =
  | { type: Exclude<GgufScalarType, 'string' | 'bool' | 'u64' | 'i64'>; value: number }
  | { type: 'u64' | 'i64'; value: bigint }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'array'; itemType: 'string'; value: readonly string[] }
  | { type: 'array'; itemType: Exclude<GgufScalarType, 'string' | 'bool' | 'u64' | 'i64'>; value: ArrayLike<number> };

/** Constructors that make the intended GGUF type explicit at each call site. */
export const gguf = {
  u8: (value: number): GgufValue => ({ type: 'u8', value }),
  u32: (value: number): GgufValue => ({ type: 'u32', value }),
  i32: (value: number): GgufValue => ({ type: 'i32', value }),
  f32: (value: number): GgufValue => ({ type: 'f32', value }),
  u64: (value: bigint): GgufValue => ({ type: 'u64', value }),
  bool: (value: boolean): GgufValue => ({ type: 'bool', value }),
  str: (value: string): GgufValue => ({ type: 'string', value }),
  strings: (value: readonly string[]): GgufValue => ({ type: 'array', itemType: 'string', value }),
  i32s: (value: ArrayLike<number>): GgufValue => ({ type: 'array', itemType: 'i32', value }),
};

/** GGML tensor type codes used here. */
export const GgmlType = { f32: 0, f16: 1 } as const;
export type TensorType = keyof typeof GgmlType;

export interface GgufTensor {
  name: string;
  /** Dimensions in GGML order: dims[0] is the innermost (contiguous) one. */
  dims: readonly number[];
  type: TensorType;
  data: Float32Array;
}

export interface GgufFile {
  metadata: ReadonlyArray<readonly [key: string, value: GgufValue]>;
  tensors: readonly GgufTensor[];
  alignment?: number;
}

/** Growable little-endian byte buffer. */
class ByteWriter {
  private buf = Buffer.alloc(1 << 16);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = Buffer.alloc(size);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  u8(v: number): void { this.ensure(1); this.buf.writeUInt8(v, this.length); this.length += 1; }
  i8(v: number): void { this.ensure(1); this.buf.writeInt8(v, this.length); this.length += 1; }
  u16(v: number): void { this.ensure(2); this.buf.writeUInt16LE(v, this.length); this.length += 2; }
  i16(v: number): void { this.ensure(2); this.buf.writeInt16LE(v, this.length); this.length += 2; }
  u32(v: number): void { this.ensure(4); this.buf.writeUInt32LE(v, this.length); this.length += 4; }
  i32(v: number): void { this.ensure(4); this.buf.writeInt32LE(v, this.length); this.length += 4; }
  f32(v: number): void { this.ensure(4); this.buf.writeFloatLE(v, this.length); this.length += 4; }
  f64(v: number): void { this.ensure(8); this.buf.writeDoubleLE(v, this.length); this.length += 8; }
  u64(v: bigint): void { this.ensure(8); this.buf.writeBigUInt64LE(v, this.length); this.length += 8; }
  i64(v: bigint): void { this.ensure(8); this.buf.writeBigInt64LE(v, this.length); this.length += 8; }
  bytes(b: Uint8Array): void { this.ensure(b.length); this.buf.set(b, this.length); this.length += b.length; }
  str(s: string): void { const b = Buffer.from(s, 'utf8'); this.u64(BigInt(b.length)); this.bytes(b); }
  pad(alignment: number): void { const n = padding(this.length, alignment); this.ensure(n); this.buf.fill(0, this.length, this.length + n); this.length += n; }
  result(): Buffer { return this.buf.subarray(0, this.length); }
}

function padding(offset: number, alignment: number): number {
  return (alignment - (offset % alignment)) % alignment;
}

function checkInteger(key: string, type: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`GGUF metadata "${key}": ${v} is not a valid ${type}`);
  }
}

function writeScalar(w: ByteWriter, key: string, type: GgufScalarType, v: number | bigint | boolean | string): void {
  switch (type) {
    case 'u8': checkInteger(key, type, v as number, 0, 0xff); w.u8(v as number); break;
    case 'i8': checkInteger(key, type, v as number, -0x80, 0x7f); w.i8(v as number); break;
    case 'u16': checkInteger(key, type, v as number, 0, 0xffff); w.u16(v as number); break;
    case 'i16': checkInteger(key, type, v as number, -0x8000, 0x7fff); w.i16(v as number); break;
    case 'u32': checkInteger(key, type, v as number, 0, 0xffffffff); w.u32(v as number); break;
    case 'i32': checkInteger(key, type, v as number, -0x80000000, 0x7fffffff); w.i32(v as number); break;
    case 'f32': w.f32(v as number); break;
    case 'f64': w.f64(v as number); break;
    case 'u64': w.u64(v as bigint); break;
    case 'i64': w.i64(v as bigint); break;
    case 'bool': w.u8(v ? 1 : 0); break;
    case 'string': w.str(v as string); break;
  }
}

function writeValue(w: ByteWriter, key: string, value: GgufValue): void {
  w.u32(GgufType[value.type]);
  if (value.type === 'array') {
    w.u32(GgufType[value.itemType]);
    w.u64(BigInt(value.value.length));
    for (let i = 0; i < value.value.length; i++) writeScalar(w, key, value.itemType, value.value[i]);
    return;
  }
  writeScalar(w, key, value.type, value.value);
}

function tensorByteLength(t: GgufTensor): number {
  return t.data.length * (t.type === 'f32' ? 4 : 2);
}

function tensorBytes(t: GgufTensor): Uint8Array {
  if (t.type === 'f32') return new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  const half = float32ToFloat16(t.data);
  return new Uint8Array(half.buffer, half.byteOffset, half.byteLength);
}

/** Encodes the header: magic, counts, metadata, tensor infos and the padding before the data. */
export function encodeGgufHeader(file: GgufFile): { header: Buffer; offsets: number[]; alignment: number } {
  const alignment = file.alignment ?? GGUF_DEFAULT_ALIGNMENT;
  const keys = new Set<string>();
  for (const [key] of file.metadata) {
    if (keys.has(key)) throw new Error(`GGUF metadata key "${key}" appears twice`);
    keys.add(key);
  }
  const names = new Set<string>();
  const w = new ByteWriter();
  w.u32(GGUF_MAGIC);
  w.u32(GGUF_VERSION);
  w.u64(BigInt(file.tensors.length));
  const alignKey = keys.has('general.alignment') ? [] : alignment === GGUF_DEFAULT_ALIGNMENT ? [] : [['general.alignment', gguf.u32(alignment)] as const];
  w.u64(BigInt(file.metadata.length + alignKey.length));
  for (const [key, value] of [...file.metadata, ...alignKey]) {
    w.str(key);
    writeValue(w, key, value);
  }
  const offsets: number[] = [];
  let offset = 0;
  for (const t of file.tensors) {
    if (names.has(t.name)) throw new Error(`GGUF tensor "${t.name}" appears twice`);
    names.add(t.name);
    const count = t.dims.reduce((a, b) => a * b, 1);
    if (count !== t.data.length) {
      throw new Error(`GGUF tensor "${t.name}": dims [${t.dims.join(', ')}] hold ${count} values, data has ${t.data.length}`);
    }
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(BigInt(d));
    w.u32(GgmlType[t.type]);
    w.u64(BigInt(offset));
    offsets.push(offset);
    offset += tensorByteLength(t);
    offset += padding(offset, alignment);
  }
  w.pad(alignment);
  return { header: w.result(), offsets, alignment };
}

/**
 * Writes the file to `outPath` through a temporary file in the same directory and a rename,
 * so a reader never sees a half-written model. Returns the number of bytes written.
 */
export async function writeGgufFile(outPath: string, file: GgufFile): Promise<number> {
  const { header, offsets, alignment } = encodeGgufHeader(file);
  const tmpPath = `${outPath}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmpPath, 'w');
  let position = 0;
  try {
    await handle.write(header, 0, header.length, position);
    position += header.length;
    const dataStart = position;
    for (let i = 0; i < file.tensors.length; i++) {
      const t = file.tensors[i];
      position = dataStart + offsets[i];
      const bytes = tensorBytes(t);
      await handle.write(bytes, 0, bytes.length, position);
      position += bytes.length;
    }
    const tail = padding(position - dataStart, alignment);
    if (tail > 0) {
      await handle.write(Buffer.alloc(tail), 0, tail, position);
      position += tail;
    }
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(tmpPath, { force: true });
    throw err;
  }
  await handle.close();
  await rename(tmpPath, outPath);
  return position;
}
