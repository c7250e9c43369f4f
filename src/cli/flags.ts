/** Parsing and checking of command-line values; every problem is an InputError naming the flag. */
import { InputError } from '../engine/data/input-error';

function wholeNumber(flag: string, raw: string, min: number, what: string): number {
  const t = raw.trim();
  if (!/^[+]?\d+$/.test(t)) throw new InputError(`${flag}: ${JSON.stringify(raw)} is not ${what}`);
  const n = Number(t);
  if (!Number.isSafeInteger(n) || n < min) throw new InputError(`${flag}: ${JSON.stringify(raw)} is not ${what}`);
  return n;
}

export function positiveInt(flag: string, raw: string): number {
  return wholeNumber(flag, raw, 1, 'a positive whole number');
}

export function nonNegativeInt(flag: string, raw: string): number {
  return wholeNumber(flag, raw, 0, 'a non-negative whole number');
}

/** "128,256,512" → sorted unique numbers. */
export function intList(flag: string, raw: string, kind: 'positive' | 'non-negative'): number[] {
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.every((p) => p === '')) throw new InputError(`${flag}: empty list`);
  const values = parts.map((p) => {
    if (p === '') throw new InputError(`${flag}: empty entry in ${JSON.stringify(raw)}`);
    return kind === 'positive'
      ? wholeNumber(flag, p, 1, 'a positive whole number (budgets are token counts ≥ 1)')
      : wholeNumber(flag, p, 0, 'a non-negative whole number (rounds are counts ≥ 0)');
  });
  return [...new Set(values)].sort((a, b) => a - b);
}

export function nameList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
