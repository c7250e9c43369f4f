import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/shared/import/import-error';
import { JsonValueStream, readJsonValues } from '../../src/shared/import/json-stream';

function chunked(text: string, size: number) {
  const s = new JsonValueStream('f.jsonl');
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.end());
  return out;
}

describe('JsonValueStream', () => {
  const text = '{"a":1,"s":"x\\"}{"}\n\n{\n  "b": [1, {"c": "\\\\"}]\n}\n{"d":"é"}\n';

  it('gives the same values and lines for every chunk size', () => {
    const whole = readJsonValues(text, 'f.jsonl');
    expect(whole.map((v) => v.line)).toEqual([1, 3, 6]);
    expect(whole[0].value).toEqual({ a: 1, s: 'x"}{' });
    expect(whole[1].value).toEqual({ b: [1, { c: '\\' }] });
    for (const size of [1, 2, 3, 7, 50]) expect(chunked(text, size)).toEqual(whole);
  });

  it('spreads a top-level array with each element on its own line', () => {
    const v = chunked('[\n {"x": 1},\n {"x": 2}\n]\n', 4);
    expect(v).toEqual([
      { value: { x: 1 }, line: 2 },
      { value: { x: 2 }, line: 3 },
    ]);
  });

  it('names the file and line of bad JSON, stray text and an unfinished value', () => {
    expect(() => readJsonValues('{"a":1}\n{"a":}\n', 'bad.jsonl')).toThrow(/^bad\.jsonl:2: not valid JSON/);
    expect(() => readJsonValues('{"a":1}\nhello\n', 'bad.jsonl')).toThrow(/^bad\.jsonl:2: expected a JSON object/);
    expect(() => chunked('{"a":1}\n{"b": [1,', 3)).toThrow(ImportError);
    expect(() => chunked('{"a":1}\n{"b": [1,', 3)).toThrow(/f\.jsonl:2: JSON value is never closed/);
  });
});
