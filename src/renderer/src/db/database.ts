/**
 * The workbench's browser database (IndexedDB through Dexie).
 *
 * Schema history. Every version stays declared, oldest first, so a database written by any
 * earlier release upgrades step by step when it is opened:
 * - version 1: studies, questions (full records), annotations, meta.
 * - version 2: adds `questionRows`, the light rows the question list reads (so a 10,000-question
 *   study lists without loading its traces), backfilled from `questions`; adds the
 *   [studyId+source] and [studyId+order] indexes on `questions`.
 * - version 3: adds `savedQueries` (named question-list queries, re-evaluated on open); nothing to migrate.
 * - version 4: adds `queues` (review queues drawn from flip-matrix cells); nothing to migrate.
 *
 * To add a version: append `this.version(N + 1).stores({...})` listing only the tables whose
 * indexes change (a table set to null is deleted), and, when existing rows must change, an
 * `.upgrade(tx => ...)` that rewrites them with `tx.table(name)`. Never edit an old version.
 * Only indexed fields appear in the schema strings; other fields are stored as they are.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Tag } from '../../../shared/domain';
import { questionListRow } from '../study/question-row';
import type { ReviewQueue } from '../study/review-queue';
import type { QuestionListRow, QuestionRecord, StudyRecord } from '../study/study-types';
import type { SavedQuery } from '../study/saved-query';

export const DATABASE_NAME = 'm1-workbench';

/** A small key/value setting (last route, annotator name, sample fingerprint ...). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export const SCHEMA_V1 = {
  studies: 'id, createdAt',
  questions: '[studyId+key], studyId, source',
  annotations: 'id, studyId, [studyId+questionKey], label, createdAt',
  meta: 'key',
} as const;

export const SCHEMA_V2 = {
  questions: '[studyId+key], studyId, source, [studyId+source], [studyId+order]',
  questionRows: '[studyId+key], [studyId+order], [studyId+source]',
} as const;

/** Version 4: review queues drawn from flip-matrix cells. */
export const SCHEMA_V4 = {
  queues: 'id, studyId, createdAt',
} as const;

/** Version 3: saved question-list queries. */
export const SCHEMA_V3 = {
  savedQueries: 'id, studyId, createdAt',
} as const;

export class WorkbenchDatabase extends Dexie {
  studies!: EntityTable<StudyRecord, 'id'>;
  questions!: Table<QuestionRecord, [string, string]>;
  questionRows!: Table<QuestionListRow, [string, string]>;
  annotations!: EntityTable<Tag, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  savedQueries!: EntityTable<SavedQuery, 'id'>;
  queues!: EntityTable<ReviewQueue, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const rows = tx.table<QuestionListRow>('questionRows');
        let order = 0;
        await tx
          .table<QuestionRecord>('questions')
          .toCollection()
          .modify((q) => {
            // Version 1 records may lack `order`: number them in key order.
            if (typeof q.order !== 'number') q.order = order;
            order++;
          });
        const all = await tx.table<QuestionRecord>('questions').toArray();
        await rows.bulkPut(all.map(questionListRow));
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
  }
}

let instance: WorkbenchDatabase | undefined;

/** The app's database (opened lazily on first use). */
export function getDatabase(): WorkbenchDatabase {
  instance ??= new WorkbenchDatabase();
  return instance;
}

/**
 * Asks the browser to keep this origin's storage (no eviction under pressure), so annotations
 * survive. Returns whether storage is persisted; false where the browser cannot say.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
