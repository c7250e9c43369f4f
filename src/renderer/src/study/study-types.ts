/**
 * Shapes of a study once imported into the workbench: what the database stores and the screens
 * read. Pure types; the Dexie tables that hold them live in ../db.
 */
import type {
  ConditionId,
  ConditionResult,
  GradeResult,
  Item,
  OutcomeState,
  Trace,
} from '../../../shared/domain';
import type { RunHeader } from '../../../shared/runlog';

export interface StudyRecord {
  id: string;
  title: string;
  /** Hand-written material, not model output (the bundled sample study). */
  illustrative: boolean;
  /** The run log's header, kept whole as provenance (model, preset, grid, engine). */
  header: RunHeader;
  /** Every condition of the study, in ladder order. */
  conditions: ConditionId[];
  /** Sources (benchmarks) in order of first appearance. */
  sources: string[];
  questionCount: number;
  /** Conditions whose stored verdict disagrees with the workbench's grade or outcome. */
  disagreementCount: number;
  /** Identifies the imported content; a changed fingerprint means the source changed. */
  fingerprint: string;
  /** Where the study came from (e.g. "sample", a file name). */
  origin: string;
  createdAt: number;
}

/** The verdict an imported file carried for a condition. */
export interface FileVerdict {
  grade?: GradeResult;
  correct?: boolean;
  outcome?: OutcomeState;
}

/** One condition of a question after import: always graded and classified by the workbench. */
export interface StoredCondition extends Omit<ConditionResult, 'grade' | 'outcome' | 'fileCorrect'> {
  id: ConditionId;
  grade: GradeResult;
  outcome: OutcomeState;
  /** What the file said, when it said anything. */
  file?: FileVerdict;
  /** True when the file's verdict (correctness or outcome) differs from the workbench's. */
  disagrees: boolean;
}

/** A whole question: the item, its trace and every condition (in ladder order). */
export interface QuestionRecord {
  studyId: string;
  /** itemKey(item): "source#index". */
  key: string;
  /** Position in the study (file order). */
  order: number;
  source: string;
  item: Item;
  trace: Trace;
  conditions: StoredCondition[];
  timingMs?: { thinking?: number; total?: number };
}

/** The light row the question list shows (no trace, no answers). */
export interface QuestionListRow {
  studyId: string;
  key: string;
  order: number;
  source: string;
  index: number;
  /** The start of the question, whitespace collapsed. */
  head: string;
  gold: string;
  outcomes: Partial<Record<ConditionId, OutcomeState>>;
  /** Normalised answer per condition (flip-matrix answerKey), to tell wrong answers apart. */
  answers?: Partial<Record<ConditionId, string>>;
  /** Tokens used per condition (thinking + answer), for the overview. */
  tokens?: Partial<Record<ConditionId, number>>;
  disagreements: number;
}

/** A study as produced by an import, ready to store. */
export interface ImportedStudy {
  study: StudyRecord;
  questions: QuestionRecord[];
  rows: QuestionListRow[];
}
