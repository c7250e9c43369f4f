import { useMemo, useState } from 'react';
import type { ConditionId } from '../../../shared/domain';
import { ANNOTATOR_KEY, useSetting } from '../data/use-setting';
import { useQuestion } from '../data/use-study';
import { useKeyNavigation } from '../hooks/use-key-navigation';
import { defaultConditionPair, type ConditionPair } from '../study/condition-pair';
import type { QuestionListRow, QuestionRecord, StoredCondition, StudyRecord } from '../study/study-types';
import { conditionFullText, conditionThinking, forcingSpans } from '../study/thinking';
import { AnnotationPanel } from './AnnotationPanel';
import { ConditionPicker } from './ConditionPicker';
import { ConditionSummary } from './ConditionSummary';
import { ConditionTable } from './ConditionTable';
import { ItemPanel } from './ItemPanel';
import { Ladder } from './Ladder';
import { StatusMessage } from './StatusMessage';
import { TraceDiff, type TraceDiffSide } from './TraceDiff';

export interface QuestionViewProps {
  study: StudyRecord;
  questionKey: string;
  /** The list the reviewer came from (filtered), for moving to the previous or next question. */
  rows: readonly QuestionListRow[];
  /** Compared conditions asked for by the route, if any. */
  requested: Partial<ConditionPair>;
  onOpen: (key: string) => void;
  onPair: (pair: ConditionPair) => void;
  onBack: () => void;
}

/** One question: the item, its ladder, two condition pickers and the diff of their texts. Keys: j/k or ↓/↑ move, Escape goes back. */
export function QuestionView({ study, questionKey, rows, requested, onOpen, onPair, onBack }: QuestionViewProps) {
  const question = useQuestion(study.id, questionKey);
  const position = rows.findIndex((r) => r.key === questionKey);
  const move = (step: number) => {
    const next = rows[position + step];
    if (position >= 0 && next) onOpen(next.key);
  };
  useKeyNavigation({
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    Escape: onBack,
  });

  return (
    <main className="question-view" data-testid="question-view" data-key={questionKey}>
      <nav className="question-view__nav">
        <button type="button" className="button" onClick={onBack} title="Back to the list (Escape)">
          ← Questions
        </button>
        <button type="button" className="button" disabled={position <= 0} onClick={() => move(-1)} title="Previous question (k)">
          ↑ Prev
        </button>
        <button type="button" className="button" disabled={position < 0 || position >= rows.length - 1} onClick={() => move(1)} title="Next question (j)">
          ↓ Next
        </button>
        <span className="question-view__position">
          {position >= 0 ? `${position + 1} / ${rows.length}` : 'not in the current list'}
        </span>
        <code className="question-view__key">{questionKey}</code>
      </nav>
      {question === undefined ? (
        <StatusMessage kind="loading">Loading question…</StatusMessage>
      ) : question === null ? (
        <StatusMessage kind="error">This study has no question {questionKey}.</StatusMessage>
      ) : question.conditions.length === 0 ? (
        <StatusMessage kind="error">Question {questionKey} has no conditions.</StatusMessage>
      ) : (
        <QuestionBody question={question} requested={requested} onPair={onPair} />
      )}
    </main>
  );
}

function sideOf(question: QuestionRecord, c: StoredCondition): TraceDiffSide {
  return {
    text: conditionFullText(question.trace, c),
    forcing: forcingSpans(question.trace, c),
    thinkingEnd: conditionThinking(question.trace, c).length,
    thinkingFinish: c.thinkingFinish,
  };
}

interface QuestionBodyProps {
  question: QuestionRecord;
  requested: Partial<ConditionPair>;
  onPair: (pair: ConditionPair) => void;
}

function QuestionBody({ question, requested, onPair }: QuestionBodyProps) {
  const [collapseUnchanged, setCollapseUnchanged] = useState(true);
  const annotator = useSetting(ANNOTATOR_KEY, 'reviewer');
  const byId = useMemo(() => new Map(question.conditions.map((c) => [c.id, c])), [question]);
  const ladder = useMemo(() => question.conditions.map((c) => c.id), [question]);
  const outcomes = useMemo(() => Object.fromEntries(question.conditions.map((c) => [c.id, c.outcome])), [question]);
  const details = useMemo(
    () => Object.fromEntries(question.conditions.map((c) => [c.id, `extracted: ${c.grade.extraction.slice(0, 80)}`])),
    [question],
  );
  const disagreements = useMemo(() => Object.fromEntries(question.conditions.map((c) => [c.id, c.disagrees])), [question]);
  const fallback = defaultConditionPair(ladder, outcomes)!;
  const leftId = requested.left && byId.has(requested.left as ConditionId) ? (requested.left as ConditionId) : fallback.left;
  const rightId = requested.right && byId.has(requested.right as ConditionId) ? (requested.right as ConditionId) : fallback.right;
  const left = byId.get(leftId)!;
  const right = byId.get(rightId)!;
  const leftSide = useMemo(() => sideOf(question, left), [question, left]);
  const rightSide = useMemo(() => sideOf(question, right), [question, right]);
  const marks = leftId === rightId ? { [leftId]: 'LR' } : { [leftId]: 'L', [rightId]: 'R' };

  return (
    <div className="question-view__body">
      <aside className="question-view__side">
        <ItemPanel item={question.item} />
        <section className="question-view__ladder" aria-label="Ladder">
          <h2 className="section-title">Ladder</h2>
          <Ladder
            conditions={ladder}
            outcomes={outcomes}
            size="large"
            details={details}
            disagreements={disagreements}
            marks={marks}
            onCellClick={(id, e) => onPair(e.shiftKey ? { left: id, right: rightId } : { left: leftId, right: id })}
          />
          <p className="hint">Click a cell to compare it on the right; shift-click for the left.</p>
          <ConditionTable
            conditions={question.conditions}
            left={leftId}
            right={rightId}
            onPick={(id, side) => onPair(side === 'left' ? { left: id, right: rightId } : { left: leftId, right: id })}
          />
        </section>
        <AnnotationPanel studyId={question.studyId} questionKey={question.key} conditionId={rightId} annotator={annotator} />
      </aside>
      <section className="question-view__compare" aria-label="Compare conditions">
        <div className="compare-head">
          <div className="compare-head__side">
            <ConditionPicker side="left" conditions={question.conditions} value={leftId} onChange={(id) => onPair({ left: id, right: rightId })} />
            <ConditionSummary condition={left} />
          </div>
          <div className="compare-head__side">
            <ConditionPicker side="right" conditions={question.conditions} value={rightId} onChange={(id) => onPair({ left: leftId, right: id })} />
            <ConditionSummary condition={right} />
          </div>
        </div>
        <div className="compare-options">
          <label className="toolbar__check">
            <input type="checkbox" checked={collapseUnchanged} onChange={(e) => setCollapseUnchanged(e.target.checked)} />
            Collapse shared text
          </label>
          <span className="legend__item"><span className="deco-force legend__sample">Wait</span> forcing string</span>
          <span className="legend__item"><span className="deco-cut legend__sample">■</span> end of thinking / budget cut</span>
          <span className="legend__item"><span className="deco-answer legend__sample">answer</span> answer prefix + answer</span>
        </div>
        <TraceDiff left={leftSide} right={rightSide} collapseUnchanged={collapseUnchanged} />
      </section>
    </div>
  );
}
