import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FinishReason } from '../../../shared/domain';
import { monaco } from '../monaco/setup';
import type { CandidateMention } from '../study/answer-trajectory';
import type { CutMark } from '../study/divergence';
import { conditionShortLabel } from '../study/ladder';
import type { SpanOnCondition } from '../study/span-anchor';
import type { TextSpan } from '../study/thinking';

type DiffEditorInstance = Parameters<DiffOnMount>[0];
type CodeEditor = ReturnType<DiffEditorInstance['getModifiedEditor']>;

/** One side of the diff: the condition's thinking + answer prefix + answer, and where its parts are. */
export interface TraceDiffSide {
  text: string;
  /** Forcing strings ("Wait") inside the thinking. */
  forcing: TextSpan[];
  /** Where the thinking ends (the answer prefix starts). */
  thinkingEnd: number;
  thinkingFinish: FinishReason;
  /** Thinking tokens at this side's own cut. */
  thinkingTokens?: number;
  /** Where smaller budgets or fewer rounds would have cut this thinking. */
  cuts?: CutMark[];
  /** Span labels shown on this side. */
  spans?: SpanOnCondition[];
  /** Candidate answers named in the thinking. */
  candidates?: CandidateMention[];
}

export type DiffSideName = 'left' | 'right';

/** A place to scroll to; a new object each time, so the same place can be revealed twice. */
export interface RevealRequest {
  side: DiffSideName;
  offset: number;
}

export interface TraceDiffProps {
  left: TraceDiffSide;
  right: TraceDiffSide;
  collapseUnchanged: boolean;
  /** Where the two texts part ways (length of their shared prefix). */
  divergence?: number;
  reveal?: RevealRequest | null;
  /** A digit key pressed while text is selected in one side: label that span. */
  onSpanKey?: (side: DiffSideName, digit: number, span: TextSpan) => void;
  /** The current selection in either side (null when empty). */
  onSelection?: (selection: { side: DiffSideName; span: TextSpan } | null) => void;
}

function decorations(editor: CodeEditor, side: TraceDiffSide, divergence: number | undefined): monaco.editor.IModelDeltaDecoration[] {
  const model = editor.getModel();
  if (!model || model.getValueLength() !== side.text.length) return [];
  const range = (start: number, end: number) => {
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(end);
    return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
  };
  const result: monaco.editor.IModelDeltaDecoration[] = side.forcing.map((span) => ({
    range: range(span.start, span.end),
    options: { inlineClassName: 'deco-force', hoverMessage: { value: 'Forcing string inserted here' } },
  }));
  for (const cut of side.cuts ?? []) {
    const names = cut.conditions.map(conditionShortLabel).join(', ');
    result.push({
      range: range(cut.at, cut.at),
      options: {
        showIfCollapsed: true,
        before: { content: `${cut.budget ? '✂' : '■'} ${names} · ${cut.tokens} tok`, inlineClassName: cut.budget ? 'deco-mark deco-mark--budget' : 'deco-mark' },
        hoverMessage: { value: `${cut.budget ? 'Budget cut' : 'End of thinking'} of ${names} (${cut.tokens} thinking tokens)` },
      },
    });
  }
  const tokens = side.thinkingTokens !== undefined ? ` · ${side.thinkingTokens} tok` : '';
  const cutLabel = side.thinkingFinish === 'length' ? `✂ budget cut${tokens}` : `■ end of thinking${tokens}`;
  result.push({
    range: range(side.thinkingEnd, side.thinkingEnd),
    options: {
      showIfCollapsed: true,
      before: { content: cutLabel, inlineClassName: side.thinkingFinish === 'length' ? 'deco-cut deco-cut--budget' : 'deco-cut' },
    },
  });
  if (side.text.length > side.thinkingEnd) {
    result.push({
      range: range(side.thinkingEnd, side.text.length),
      options: { inlineClassName: 'deco-answer', hoverMessage: { value: 'Answer prefix and generated answer' } },
    });
  }
  if (divergence !== undefined && divergence < side.text.length) {
    result.push({
      range: range(divergence, divergence),
      options: { showIfCollapsed: true, before: { content: '↳ diverges', inlineClassName: 'deco-diverge' }, hoverMessage: { value: 'The two texts part ways here' } },
    });
  }
  for (const s of side.spans ?? []) {
    result.push({
      range: range(s.start, s.end),
      options: {
        inlineClassName: s.shared ? 'deco-span deco-span--shared' : 'deco-span',
        hoverMessage: { value: `**${s.tag.label}** (${s.tag.annotator}${s.shared ? `, made on ${s.tag.conditionId ? conditionShortLabel(s.tag.conditionId) : 'another condition'}` : ''})` },
      },
    });
  }
  for (const c of side.candidates ?? []) {
    if (!c.changed) continue;
    result.push({
      range: range(c.at, c.end),
      options: {
        inlineClassName: c.afterForcing ? 'deco-candidate deco-candidate--forced' : 'deco-candidate',
        hoverMessage: { value: `Candidate answer changes to ${c.letter}${c.afterForcing ? ' after a forcing string' : ''}` },
      },
    });
  }
  return result;
}

/**
 * Disposes a pair of models a little later: a diff of them may still be computing in Monaco's
 * worker, which fails ("no diff result available") if they go away while it reads them.
 */
function releaseLater(models: { original: monaco.editor.ITextModel; modified: monaco.editor.ITextModel }): void {
  setTimeout(() => {
    models.original.dispose();
    models.modified.dispose();
  }, 3000);
}

/**
 * Side-by-side, read-only diff of two conditions' texts: the shared prefix folded (unless the
 * full text is asked for), the divergence point, forcing strings, every cut of the ladder that
 * falls inside each side, span labels and candidate-answer changes marked.
 */
export function TraceDiff({ left, right, collapseUnchanged, divergence, reveal, onSpanKey, onSelection }: TraceDiffProps) {
  const [editor, setEditor] = useState<DiffEditorInstance | null>(null);
  const callbacks = useRef({ onSpanKey, onSelection });
  useEffect(() => {
    callbacks.current = { onSpanKey, onSelection };
  });
  const options = useMemo<monaco.editor.IDiffEditorConstructionOptions>(
    () => ({
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      automaticLayout: true,
      ignoreTrimWhitespace: false,
      renderOverviewRuler: true,
      fontSize: 13,
      lineNumbersMinChars: 3,
      // The line-based algorithm is enough for traces that share a prefix and part ways once,
      // and keeps the diff of long traces well under 100 ms (the default one can take 250+ ms).
      diffAlgorithm: 'legacy',
      hideUnchangedRegions: { enabled: collapseUnchanged, contextLineCount: 2, minimumLineCount: 4, revealLineCount: 10 },
    }),
    [collapseUnchanged],
  );

  // Detach the models before the editor goes (this effect's cleanup runs before the
  // DiffEditor's own, which would otherwise dispose the models while the widget still holds them).
  useEffect(() => {
    if (!editor) return;
    return () => {
      const models = editor.getModel();
      editor.setModel(null);
      if (models) releaseLater(models);
    };
  }, [editor]);

  // Fresh models for every pair of texts: the diff is computed at once (editing the texts of the
  // existing models would wait for Monaco's change debounce) and the folded regions of the
  // previous pair can never be applied to the new texts.
  useEffect(() => {
    if (!editor) return;
    const previous = editor.getModel();
    editor.setModel({
      original: monaco.editor.createModel(left.text, 'plaintext'),
      modified: monaco.editor.createModel(right.text, 'plaintext'),
    });
    if (previous) releaseLater(previous);
  }, [editor, left.text, right.text]);

  useEffect(() => {
    if (!editor) return;
    const original = editor.getOriginalEditor().createDecorationsCollection(decorations(editor.getOriginalEditor(), left, divergence));
    const modified = editor.getModifiedEditor().createDecorationsCollection(decorations(editor.getModifiedEditor(), right, divergence));
    return () => {
      original.clear();
      modified.clear();
    };
  }, [editor, left, right, divergence]);

  // Selections and digit keys inside either side.
  useEffect(() => {
    if (!editor) return;
    const disposables: { dispose(): void }[] = [];
    const sides: [DiffSideName, CodeEditor][] = [
      ['left', editor.getOriginalEditor()],
      ['right', editor.getModifiedEditor()],
    ];
    const spanOf = (ed: CodeEditor): TextSpan | null => {
      const model = ed.getModel();
      const sel = ed.getSelection();
      if (!model || !sel || sel.isEmpty()) return null;
      return { start: model.getOffsetAt(sel.getStartPosition()), end: model.getOffsetAt(sel.getEndPosition()) };
    };
    for (const [name, ed] of sides) {
      disposables.push(
        ed.onDidChangeCursorSelection(() => {
          const span = spanOf(ed);
          callbacks.current.onSelection?.(span ? { side: name, span } : null);
        }),
        ed.onKeyDown((e) => {
          const digit = /^Digit([1-9])$/.exec(e.browserEvent.code);
          if (!digit || e.ctrlKey || e.metaKey || e.altKey) return;
          const span = spanOf(ed);
          if (!span) return;
          e.preventDefault();
          e.stopPropagation();
          callbacks.current.onSpanKey?.(name, Number(digit[1]), span);
        }),
      );
    }
    return () => disposables.forEach((d) => d.dispose());
  }, [editor]);

  useEffect(() => {
    if (!editor || !reveal) return;
    const ed = reveal.side === 'left' ? editor.getOriginalEditor() : editor.getModifiedEditor();
    const model = ed.getModel();
    if (!model) return;
    const pos = model.getPositionAt(Math.min(reveal.offset, model.getValueLength()));
    ed.revealPositionInCenter(pos);
    ed.setPosition(pos);
  }, [editor, reveal]);

  return (
    <div className="trace-diff" data-testid="diff-editor">
      <DiffEditor
        height="100%"
        theme="vs"
        language="plaintext"
        // The texts are set as fresh models above, not through these props.
        original=""
        modified=""
        options={options}
        onMount={(e) => setEditor(e)}
        loading={<div className="status status--inline">Loading editor…</div>}
      />
    </div>
  );
}
