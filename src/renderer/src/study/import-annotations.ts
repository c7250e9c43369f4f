/**
 * Reading annotations back from an exported JSON Lines file (either configuration): every
 * record's `annotations` array holds the stored annotations whole. Duplicates (an annotation
 * carried by several records) are merged by id; two different annotations with one id are an
 * error. Errors name the file, the line and the field.
 */
import { z } from 'zod';
import type { Tag } from '../../../shared/domain';
import { jsonLines } from '../../../shared/json-lines';

const conditionIdSchema = z.string().regex(/^b\d+\.r\d+$/, 'not a condition id like b2048.r0');

export const tagSchema = z
  .object({
    id: z.string().min(1),
    studyId: z.string().min(1),
    questionKey: z.string().min(1),
    label: z.string().min(1),
    span: z
      .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .refine((s) => s.end >= s.start, 'span end is before its start')
      .optional(),
    conditionId: conditionIdSchema.optional(),
    fromConditionId: conditionIdSchema.optional(),
    note: z.string().optional(),
    annotator: z.string().min(1),
    status: z.enum(['suggested', 'confirmed', 'rejected']).optional(),
    createdAt: z.number(),
  })
  .strict();

const lineSchema = z.object({ annotations: z.array(z.unknown()) }).passthrough();

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function stable(tag: Tag): string {
  return JSON.stringify(Object.keys(tag).sort().map((k) => [k, tag[k as keyof Tag]]));
}

/** The annotations in an export file's text. */
export function parseExportedAnnotations(text: string, file: string): Tag[] {
  const byId = new Map<string, Tag>();
  for (const { line: lineNo, value } of jsonLines(text, file)) {
    const line = lineSchema.safeParse(value);
    if (!line.success) throw new Error(`${file}:${lineNo}: field annotations: missing or not a list (not an m1 Workbench export?)`);
    line.data.annotations.forEach((a, j) => {
      const parsed = tagSchema.safeParse(a);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issuePath(issue.path);
        throw new Error(`${file}:${lineNo}: field annotations[${j}]${field ? `.${field}` : ''}: ${issue.message}`);
      }
      const tag = parsed.data as Tag;
      const known = byId.get(tag.id);
      if (known && stable(known) !== stable(tag)) throw new Error(`${file}:${lineNo}: field annotations[${j}].id: ${tag.id} names two different annotations`);
      byId.set(tag.id, tag);
    });
  }
  return [...byId.values()];
}
