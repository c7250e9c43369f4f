import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useEffect, useMemo, useState } from 'react';
import type { FinishReason } from '../../../shared/domain';
import { monaco } from '../monaco/setup';
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
}

export interface TraceDiffProps {
  left: TraceDiffSide;
  right: TraceDiffSide;
  collapseUnchanged: boolean;
}

function decorations(editor: CodeEditor, side: TraceDiffSide): monaco.editor.IModelDeltaDecoration[] {
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
  const cutLabel = side.thinkingFinish === 'length' ? '✂ budget cut' : '■ end of thinking';
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
  return result;
}

/** Side-by-side, read-only diff of two conditions' texts, with forcing strings and the cut marked. */
export function TraceDiff({ left, right, collapseUnchanged }: TraceDiffProps) {
  const [editor, setEditor] = useState<DiffEditorInstance | null>(null);
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
      hideUnchangedRegions: { enabled: collapseUnchanged, contextLineCount: 2, minimumLineCount: 4, revealLineCount: 10 },
    }),
    [collapseUnchanged],
  );

  // Detach and dispose the models before the editor goes (this effect's cleanup runs before the
  // DiffEditor's own, which would otherwise dispose the models while the widget still holds them).
  useEffect(() => {
    if (!editor) return;
    return () => {
      const models = editor.getModel();
      editor.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    };
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    const original = editor.getOriginalEditor().createDecorationsCollection(decorations(editor.getOriginalEditor(), left));
    const modified = editor.getModifiedEditor().createDecorationsCollection(decorations(editor.getModifiedEditor(), right));
    return () => {
      original.clear();
      modified.clear();
    };
  }, [editor, left, right]);

  return (
    <div className="trace-diff" data-testid="diff-editor">
      <DiffEditor
        height="100%"
        theme="vs"
        language="plaintext"
        original={left.text}
        modified={right.text}
        options={options}
        onMount={(e) => setEditor(e)}
        loading={<div className="status status--inline">Loading editor…</div>}
      />
    </div>
  );
}
