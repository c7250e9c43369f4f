/**
 * The live view's model of the trace running now: pieces appended as they stream in, the
 * text of consecutive pieces of one kind joined, and a bound on what is kept.
 */
import type { LivePiece } from '../../../shared/api';

export interface LiveTraceState {
  question?: string;
  label?: string;
  pieces: LivePiece[];
  chars: number;
}

export const EMPTY_TRACE: LiveTraceState = { pieces: [], chars: 0 };
const MAX_CHARS = 200_000;

function textOf(p: LivePiece): string {
  return p.kind === 'think' || p.kind === 'force' || p.kind === 'answer' ? p.text : '';
}

export function appendPieces(state: LiveTraceState, incoming: readonly LivePiece[]): LiveTraceState {
  let next: LiveTraceState = { ...state, pieces: [...state.pieces] };
  for (const p of incoming) {
    if (p.kind === 'begin') {
      next = { question: p.question, label: p.label, pieces: [], chars: 0 };
      continue;
    }
    const last = next.pieces[next.pieces.length - 1];
    if (last && last.kind === p.kind && (p.kind === 'answer' || (p.kind === 'think' && last.kind === 'think' && last.round === p.round))) {
      next.pieces[next.pieces.length - 1] = { ...last, text: (last as { text: string }).text + (p as { text: string }).text } as LivePiece;
    } else next.pieces.push(p);
    next.chars += textOf(p).length;
  }
  while (next.chars > MAX_CHARS && next.pieces.length > 1) next.chars -= textOf(next.pieces.shift()!).length;
  return next;
}
