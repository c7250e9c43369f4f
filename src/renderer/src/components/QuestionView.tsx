import { useEffect, useMemo, useRef, useState } from 'react';
import type { ConditionId, Tag } from '../../../shared/domain';
import { getDatabase } from '../db/database';
import { addSpanLabel, decideFlipTag, toggleQuestionLabel, toggleStar } from '../db/review-actions';
import { useAnnotations } from '../data/use-annotations';
import { setQueuePosition } from '../db/queues';
import { useQueue, useStudyAnnotations, useTaxonomy } from '../data/use-review';
import { ANNOTATOR_KEY, useSetting } from '../data/use-setting';
import { useQuestion } from '../data/use-study';
import { useKeyNavigation } from '../hooks/use-key-navigation';
import { navigate } from '../routing/use-route';
import { stepPair, type LadderAxis } from '../study/adjacent-condition';
import { isReviewWork } from '../study/annotation-kinds';
import { candidateMentions, cutAnswers } from '../study/answer-trajectory';
import { defaultConditionPair, type ConditionPair } from '../study/condition-pair';
import { cutMarksWithin, sharedPrefixLength } from '../study/divergence';
import { suggestFlipTag } from '../study/flip-tag';
import { nextUnreviewed } from '../study/review-queue';
import { spansOnCondition } from '../study/span-anchor';
import type { QuestionListRow, QuestionRecord, StoredCondition, StudyRecord } from '../study/study-types';
import { labelForDigit } from '../study/taxonomy';
import { conditionFullText, conditionThinking, forcingSpans } from '../study/thinking';
import { AnnotationPanel, type PendingSpan } from './AnnotationPanel';
import { AnswerTrajectory } from './AnswerTrajectory';
import { CheatSheet } from './CheatSheet';
import { ConditionPicker } from './ConditionPicker';
import { ConditionSummary } from './ConditionSummary';
import { ConditionTable } from './ConditionTable';
import { ItemPanel } from './ItemPanel';
import { Ladder } from './Ladder';
import { StatusMessage } from './StatusMessage';
import { TraceDiff, type DiffSideName, type RevealRequest, type TraceDiffSide } from './TraceDiff';

export interface QuestionViewProps {
  study: StudyRecord;
  questionKey: string;
  /** The list the reviewer came from (filtered, or the queue), for moving to the previous or next question. */
  rows: readonly QuestionListRow[];
  /** Compared conditions asked for by the route, if any. */
  requested: Partial<ConditionPair>;
  /** The review queue the question was opened from: moving goes through the queue instead of the list. */
  queueId?: string;
  onOpen: (key: string) => void;
  onPair: (pair: ConditionPair) => void;
  onBack: () => void;
  onOpenTaxonomy?: () => void;
}

/**
 * One question: the item, its ladder, the answer trajectory, two condition pickers, the diff of
 * their texts and the review panel. Every action has a key (see CheatSheet).
 */
export function QuestionView({ study, questionKey, rows, requested, queueId, onOpen, onPair, onBack, onOpenTaxonomy }: QuestionViewProps) {
  const question = useQuestion(study.id, questionKey);
  const annotator = useSetting(ANNOTATOR_KEY, 'reviewer');
  const studyTags = useStudyAnnotations(study.id);
  const loadedQueue = useQueue(queueId);
  const queue = loadedQueue ?? null;
  const [sheet, setSheet] = useState(false);
  const keys = useMemo(() => (queue ? queue.items.map((i) => i.key) : rows.map((r) => r.key)), [queue, rows]);
  const position = keys.indexOf(questionKey);
  const open = (key: string) => {
    if (queue) navigate({ name: 'question', studyId: study.id, key, queue: queue.id, ...(requested.left ? { left: requested.left } : {}), ...(requested.right ? { right: requested.right } : {}) });
    else onOpen(key);
  };
  const back = () => (queue ? navigate({ name: 'review', studyId: study.id, page: 'queue', id: queue.id }) : onBack());
  const move = (step: number) => {
    const next = keys[position + step];
    if (position >= 0 && next) open(next);
  };
  const reviewed = useMemo(
    () => new Set((studyTags ?? []).filter((t) => t.annotator === annotator && isReviewWork(t)).map((t) => t.questionKey)),
    [studyTags, annotator],
  );
  const nextUnlabelled = () => {
    const i = nextUnreviewed(keys, Math.max(position, 0), reviewed);
    if (i >= 0 && keys[i] !== questionKey) open(keys[i]);
  };
  // Remember where the reviewer is in the queue, to resume there.
  useEffect(() => {
    if (queue && position >= 0 && queue.position !== position) void setQueuePosition(getDatabase(), queue.id, position);
  }, [queue, position]);
  const queueDone = queue ? queue.items.filter((i) => reviewed.has(i.key)).length : 0;
  useKeyNavigation({
    j: () => move(1),
    k: () => move(-1),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    u: nextUnlabelled,
    '?': () => setSheet((s) => !s),
    Escape: () => (sheet ? setSheet(false) : back()),
  });

  return (
    <main className="question-view" data-testid="question-view" data-key={questionKey}>
      <nav className="question-view__nav">
        <button type="button" className="button" onClick={back} title="Back to the list (Escape)">
          ← {queue ? 'Queue' : 'Questions'}
        </button>
        <button type="button" className="button" disabled={position <= 0} onClick={() => move(-1)} title="Previous question (k)">
          ↑ Prev
        </button>
        <button type="button" className="button" disabled={position < 0 || position >= keys.length - 1} onClick={() => move(1)} title="Next question (j)">
          ↓ Next
        </button>
        <button type="button" className="button" onClick={nextUnlabelled} title="Next question without your labels (u)" data-testid="next-unlabelled">
          Next unlabelled
        </button>
        <span className="question-view__position" data-testid="question-position">
          {position >= 0 ? `${position + 1} / ${keys.length}` : 'not in the current list'}
        </span>
        {queue ? (
          <span className="badge" data-testid="queue-context">
            queue “{queue.name}” · {queueDone}/{queue.items.length} reviewed
          </span>
        ) : null}
        <code className="question-view__key">{questionKey}</code>
        <span className="app-header__spacer" />
        <button type="button" className="button" onClick={() => setSheet(true)} title="Keyboard shortcuts (?)" data-testid="open-cheat-sheet">
          ? Keys
        </button>
      </nav>
      {question === undefined ? (
        <StatusMessage kind="loading">Loading question…</StatusMessage>
      ) : question === null ? (
        <StatusMessage kind="error">This study has no question {questionKey}.</StatusMessage>
      ) : question.conditions.length === 0 ? (
        <StatusMessage kind="error">Question {questionKey} has no conditions.</StatusMessage>
      ) : (
        <QuestionBody question={question} requested={requested} onPair={onPair} annotator={annotator} onOpenTaxonomy={onOpenTaxonomy} keysEnabled={!sheet} />
      )}
      {sheet ? <CheatSheet onClose={() => setSheet(false)} /> : null}
    </main>
  );
}

function sideOf(question: QuestionRecord, c: StoredCondition, tags: readonly Tag[] | undefined, letters: string[]): TraceDiffSide {
  const thinking = conditionThinking(question.trace, c);
  const forcing = forcingSpans(question.trace, c);
  return {
    text: conditionFullText(question.trace, c),
    forcing,
    thinkingEnd: thinking.length,
    thinkingFinish: c.thinkingFinish,
    thinkingTokens: c.tokens.thinking,
    cuts: cutMarksWithin(question.conditions, thinking.length),
    spans: spansOnCondition(tags ?? [], question.conditions, c),
    candidates: candidateMentions(thinking, letters, forcing),
  };
}

interface QuestionBodyProps {
  question: QuestionRecord;
  requested: Partial<ConditionPair>;
  onPair: (pair: ConditionPair) => void;
  annotator: string;
  onOpenTaxonomy?: () => void;
  keysEnabled: boolean;
}

function QuestionBody({ question, requested, onPair, annotator, onOpenTaxonomy, keysEnabled }: QuestionBodyProps) {
  const [collapseUnchanged, setCollapseUnchanged] = useState(true);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [selection, setSelection] = useState<{ side: DiffSideName; span: { start: number; end: number } } | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tags = useAnnotations(question.studyId, question.key);
  const taxonomy = useTaxonomy();
  const byId = useMemo(() => new Map(question.conditions.map((c) => [c.id, c])), [question]);
  const ladder = useMemo(() => question.conditions.map((c) => c.id), [question]);
  const letters = useMemo(() => Object.keys(question.item.options), [question]);
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
  const leftSide = useMemo(() => sideOf(question, left, tags, letters), [question, left, tags, letters]);
  const rightSide = useMemo(() => sideOf(question, right, tags, letters), [question, right, tags, letters]);
  const divergence = useMemo(() => sharedPrefixLength(leftSide.text, rightSide.text), [leftSide.text, rightSide.text]);
  // The trajectory covers the whole trace (every round), whichever pair is compared.
  const { trajectory, mentions } = useMemo(() => {
    const whole = { cut: { tokens: 0, chars: Number.MAX_SAFE_INTEGER } };
    const forcing = forcingSpans(question.trace, whole);
    return {
      trajectory: cutAnswers(question.conditions, forcing, question.item.answerIdx),
      mentions: candidateMentions(conditionThinking(question.trace, whole), letters, forcing),
    };
  }, [question, letters]);
  const revealTrace = (offset: number) => {
    if (offset <= rightSide.thinkingEnd) setReveal({ side: 'right', offset });
    else if (offset <= leftSide.thinkingEnd) setReveal({ side: 'left', offset });
  };
  const marks = leftId === rightId ? { [leftId]: 'LR' } : { [leftId]: 'L', [rightId]: 'R' };
  const flipKind = suggestFlipTag(left, right);
  const where = { studyId: question.studyId, questionKey: question.key, annotator };
  const sideCondition = (side: DiffSideName) => (side === 'left' ? leftId : rightId);
  const sideText = (side: DiffSideName) => (side === 'left' ? leftSide.text : rightSide.text);
  const pending: PendingSpan | null = selection
    ? { conditionId: sideCondition(selection.side), span: selection.span, text: sideText(selection.side).slice(selection.span.start, selection.span.end) }
    : null;
  const sharedTokens = Math.min(left.cut.chars, right.cut.chars) <= divergence ? Math.min(left.cut.tokens, right.cut.tokens) : undefined;

  const step = (axis: LadderAxis, direction: 1 | -1) => {
    const next = stepPair(ladder, { left: leftId, right: rightId }, axis, direction);
    if (next) onPair(next);
  };
  const labelKey = (digit: number) => {
    const label = labelForDigit(taxonomy, digit);
    if (label) void toggleQuestionLabel(getDatabase(), where, label);
  };
  const decide = (status: 'confirmed' | 'rejected') => void decideFlipTag(getDatabase(), where, flipKind, leftId, rightId, status);
  const digitBindings = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => [String(d), () => labelKey(d)]));
  useKeyNavigation(
    {
      ']': () => step('budget', 1),
      '[': () => step('budget', -1),
      '.': () => step('round', 1),
      ',': () => step('round', -1),
      c: () => decide('confirmed'),
      x: () => decide('rejected'),
      s: () => void toggleStar(getDatabase(), where),
      n: () => noteRef.current?.focus(),
      f: () => setCollapseUnchanged((v) => !v),
      d: () => setReveal({ side: 'right', offset: divergence }),
      ...digitBindings,
    },
    keysEnabled,
  );

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
          <p className="hint">Click a cell to compare it on the right; shift-click for the left. ] [ step budgets, . , step rounds.</p>
          <ConditionTable
            conditions={question.conditions}
            left={leftId}
            right={rightId}
            onPick={(id, side) => onPair(side === 'left' ? { left: id, right: rightId } : { left: leftId, right: id })}
          />
        </section>
        <AnswerTrajectory cuts={trajectory} candidates={mentions} visibleUpTo={Math.max(leftSide.thinkingEnd, rightSide.thinkingEnd)} onReveal={revealTrace} />
        <AnnotationPanel
          studyId={question.studyId}
          questionKey={question.key}
          conditionId={rightId}
          annotator={annotator}
          tags={tags}
          taxonomy={taxonomy}
          flip={leftId === rightId ? null : { from: leftId, to: rightId, kind: flipKind }}
          pending={pending}
          noteRef={noteRef}
          onOpenTaxonomy={onOpenTaxonomy}
        />
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
            <input type="checkbox" checked={collapseUnchanged} data-testid="fold-shared" onChange={(e) => setCollapseUnchanged(e.target.checked)} />
            Fold shared text (f)
          </label>
          <button type="button" className="link-button" data-testid="divergence" data-at={divergence} onClick={() => setReveal({ side: 'right', offset: divergence })} title="Jump to where the texts diverge (d)">
            {divergence === leftSide.text.length && divergence === rightSide.text.length
              ? 'identical texts'
              : `shared prefix ${divergence} chars${sharedTokens !== undefined ? ` (≥ ${sharedTokens} tok)` : ''} · diverges at ${divergence}`}
          </button>
          <span className="legend__item"><span className="deco-force legend__sample">Wait</span> forcing</span>
          <span className="legend__item"><span className="deco-cut legend__sample">■</span> this cut</span>
          <span className="legend__item"><span className="deco-mark legend__sample">✂ 512</span> other cuts</span>
          <span className="legend__item"><span className="deco-answer legend__sample">answer</span> answer</span>
          <span className="legend__item"><span className="deco-span legend__sample">span</span> label</span>
        </div>
        <TraceDiff
          left={leftSide}
          right={rightSide}
          collapseUnchanged={collapseUnchanged}
          divergence={divergence}
          reveal={reveal}
          onSelection={setSelection}
          onSpanKey={(side, digit, span) => {
            const label = labelForDigit(taxonomy, digit);
            if (label) void addSpanLabel(getDatabase(), where, label, sideCondition(side), span);
          }}
        />
      </section>
    </div>
  );
}

