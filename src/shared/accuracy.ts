/** Accuracy per source (benchmark) and its "Avg.", plus a Wilson score interval. */

export interface SourceAccuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface AccuracyBySource {
  perSource: Record<string, SourceAccuracy>;
  /** Unweighted mean of the per-source accuracies (the paper's "Avg."); NaN with no rows. */
  mean: number;
}

export function accuracyBySource(rows: Iterable<{ source: string; correct: boolean }>): AccuracyBySource {
  const counts = new Map<string, { correct: number; total: number }>();
  for (const row of rows) {
    const c = counts.get(row.source) ?? { correct: 0, total: 0 };
    c.total++;
    if (row.correct) c.correct++;
    counts.set(row.source, c);
  }
  const perSource: Record<string, SourceAccuracy> = {};
  let sum = 0;
  for (const [source, c] of counts) {
    const accuracy = c.correct / c.total;
    perSource[source] = { correct: c.correct, total: c.total, accuracy };
    sum += accuracy;
  }
  return { perSource, mean: counts.size ? sum / counts.size : Number.NaN };
}

/**
 * Wilson score interval for a binomial proportion correct/total at normal quantile z
 * (1.96 ≈ 95 %). With total = 0 nothing is known: [0, 1].
 */
export function wilsonInterval(correct: number, total: number, z = 1.96): { low: number; high: number } {
  if (!Number.isInteger(correct) || !Number.isInteger(total) || correct < 0 || total < 0 || correct > total) {
    throw new RangeError(`wilsonInterval: need integers 0 <= correct <= total, got ${correct}/${total}`);
  }
  if (!(z > 0)) throw new RangeError(`wilsonInterval: z must be positive, got ${z}`);
  if (total === 0) return { low: 0, high: 1 };
  const p = correct / total;
  const z2 = z * z;
  const denom = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
