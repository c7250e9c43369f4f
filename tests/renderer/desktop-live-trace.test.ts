/** The live view's trace model and the desktop screens' input helpers. */
import { describe, expect, it } from 'vitest';
import { appendPieces, EMPTY_TRACE } from '../../src/renderer/src/desktop/live-trace';
import { formatEta, parseNumberList } from '../../src/renderer/src/desktop/format';

describe('appendPieces', () => {
  it('joins streamed text of one kind and round, keeps markers apart, and restarts on begin', () => {
    let t = appendPieces(EMPTY_TRACE, [
      { kind: 'begin', question: 'S#0', label: 'Which drug?' },
      { kind: 'think', text: 'Heparin is ', round: 0 },
      { kind: 'think', text: 'reversed', round: 0 },
    ]);
    t = appendPieces(t, [
      { kind: 'think', text: ' by protamine.\n', round: 0 },
      { kind: 'force', text: 'Wait', round: 1 },
      { kind: 'think', text: ' yes', round: 1 },
      { kind: 'budget', tokens: 48 },
      { kind: 'cut', tokens: 48, finish: 'length', prefix: '\n<|im_start|>answer\nFinal Answer:' },
      { kind: 'answer', text: ' \\boxed{B}' },
    ]);
    expect(t.question).toBe('S#0');
    expect(t.pieces.map((p) => p.kind)).toEqual(['think', 'force', 'think', 'budget', 'cut', 'answer']);
    expect(t.pieces[0]).toEqual({ kind: 'think', text: 'Heparin is reversed by protamine.\n', round: 0 });
    expect(t.chars).toBe('Heparin is reversed by protamine.\n'.length + 4 + 4 + 10);
    const next = appendPieces(t, [{ kind: 'begin', question: 'S#1', label: 'Next' }, { kind: 'think', text: 'x', round: 0 }]);
    expect(next).toMatchObject({ question: 'S#1', label: 'Next', chars: 1 });
    expect(next.pieces).toHaveLength(1);
    // The earlier state is not changed.
    expect(t.pieces).toHaveLength(6);
  });

  it('drops the oldest text beyond its bound', () => {
    const big = 'x'.repeat(120_000);
    const t = appendPieces(EMPTY_TRACE, [
      { kind: 'think', text: big, round: 0 },
      { kind: 'force', text: 'Wait', round: 1 },
      { kind: 'think', text: big, round: 1 },
    ]);
    expect(t.pieces.map((p) => p.kind)).toEqual(['force', 'think']);
    expect(t.chars).toBe(120_004);
  });
});

describe('parseNumberList / formatEta', () => {
  it('reads budget and round lists', () => {
    expect(parseNumberList('512, 128 256,128', 1)).toEqual([128, 256, 512]);
    expect(parseNumberList('0, 1, 2', 0)).toEqual([0, 1, 2]);
    expect(parseNumberList('0', 1)).toBeNull();
    expect(parseNumberList('1.5', 1)).toBeNull();
    expect(parseNumberList(' ', 0)).toBeNull();
    expect(parseNumberList('12a', 0)).toBeNull();
  });
  it('formats an ETA', () => {
    expect(formatEta(undefined)).toBe('–');
    expect(formatEta(42)).toBe('42 s');
    expect(formatEta(125)).toBe('2 min 5 s');
    expect(formatEta(7260)).toBe('2 h 1 min');
  });
});
