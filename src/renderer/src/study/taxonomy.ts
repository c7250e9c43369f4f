/**
 * The knowledge-gap taxonomy: the labels a reviewer puts on questions and trace spans, each with
 * a definition. Shipped as a default the reviewer may edit (stored in the `meta` table).
 */
import { z } from 'zod';

export interface TaxonomyLabel {
  label: string;
  definition: string;
}

export const DEFAULT_TAXONOMY: readonly TaxonomyLabel[] = [
  { label: 'missing fact', definition: 'The medical fact needed to answer never appears in the reasoning: the model does not know it.' },
  { label: 'wrong fact recalled', definition: 'The model states an incorrect medical fact and reasons from it.' },
  { label: 'correct fact misapplied', definition: 'The right fact is recalled but applied to the wrong patient, step or option.' },
  { label: 'incomplete differential', definition: 'The correct diagnosis or option is never considered among the alternatives.' },
  { label: 'overthinking — abandoned a correct answer', definition: 'The model reached the correct answer and talked itself out of it with more thinking.' },
  { label: 'premature commitment', definition: 'The model settles on an answer early and ignores findings that contradict it.' },
  { label: 'question misread', definition: 'A finding, negation, number or what is being asked was read wrongly.' },
  { label: 'calculation error', definition: 'An arithmetic, unit or formula error changes the answer.' },
  { label: 'looping', definition: 'The reasoning repeats the same steps without progress.' },
  { label: 'no final answer at budget', definition: 'The budget ran out before the model committed to an answer.' },
  { label: 'extraction failure', definition: 'The model answered, but the grader could not extract or match the answer.' },
  { label: 'questionable gold label', definition: 'The reference answer itself looks wrong or the question is ambiguous.' },
];

/** Settings key of the edited taxonomy. */
export const TAXONOMY_KEY = 'taxonomy';

const taxonomySchema = z
  .array(
    z.object({
      label: z.string().trim().min(1, 'a label cannot be empty').max(80, 'a label is at most 80 characters'),
      definition: z.string().trim().max(500, 'a definition is at most 500 characters'),
    }),
  )
  .min(1, 'the taxonomy needs at least one label');

/**
 * Checks an edited taxonomy: labels non-empty and distinct (case-insensitive). Returns the
 * trimmed taxonomy or throws an error naming the entry and field.
 */
export function validateTaxonomy(value: unknown): TaxonomyLabel[] {
  const parsed = taxonomySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `entry ${Number(issue.path[0]) + 1}${issue.path[1] ? `, ${String(issue.path[1])}` : ''}` : 'taxonomy';
    throw new Error(`${where}: ${issue.message}`);
  }
  const seen = new Map<string, number>();
  parsed.data.forEach((t, i) => {
    const k = t.label.toLowerCase();
    const first = seen.get(k);
    if (first !== undefined) throw new Error(`entry ${i + 1}, label: "${t.label}" repeats entry ${first + 1}`);
    seen.set(k, i);
  });
  return parsed.data;
}

/** The label a digit key 1–9 applies, or undefined. */
export function labelForDigit(taxonomy: readonly TaxonomyLabel[], digit: number): string | undefined {
  if (!Number.isInteger(digit) || digit < 1 || digit > 9) return undefined;
  return taxonomy[digit - 1]?.label;
}
