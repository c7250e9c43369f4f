/**
 * The GPT-2 byte-level BPE alphabet: every byte maps to one printable character, so that
 * any text can be tokenized (" " becomes "Ġ", "\n" becomes "Ċ").
 */
function buildByteSymbols(): { order: number[]; symbolOf: string[] } {
  const order: number[] = [];
  const add = (from: string, to: string): void => {
    for (let b = from.charCodeAt(0); b <= to.charCodeAt(0); b++) order.push(b);
  };
  add('!', '~');
  add('\u00a1', '\u00ac');
  add('\u00ae', '\u00ff');
  const symbolOf: string[] = new Array(256);
  for (const b of order) symbolOf[b] = String.fromCharCode(b);
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (symbolOf[b] === undefined) {
      order.push(b);
      symbolOf[b] = String.fromCharCode(256 + n);
      n++;
    }
  }
  return { order, symbolOf };
}

const built = buildByteSymbols();

/** The 256 byte symbols in GPT-2 / Qwen vocabulary order (token ids 0…255). */
export const BYTE_SYMBOL_ORDER: readonly string[] = built.order.map((b) => built.symbolOf[b]);

/** Symbol for each byte value. */
export const BYTE_TO_SYMBOL: readonly string[] = built.symbolOf;

const symbolToByte = new Map<string, number>(built.symbolOf.map((s, b) => [s, b]));

/** Text → string of byte symbols. */
export function toByteSymbols(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) out += BYTE_TO_SYMBOL[b];
  return out;
}

/** String of byte symbols → raw bytes. */
export function fromByteSymbols(symbols: string): Buffer {
  const bytes: number[] = [];
  for (const ch of symbols) {
    const b = symbolToByte.get(ch);
    if (b === undefined) throw new Error(`not a byte symbol: ${JSON.stringify(ch)}`);
    bytes.push(b);
  }
  return Buffer.from(bytes);
}
