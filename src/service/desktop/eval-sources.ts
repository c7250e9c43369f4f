/** The sources of an eval data file and how many questions each has (for the run panel). */
import { loadEvalData } from '../../engine/data/load-eval-data';
import type { EvalSourceCount } from '../../shared/api';

export async function listEvalSources(file: string): Promise<EvalSourceCount[]> {
  const items = await loadEvalData(file);
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.source, (counts.get(it.source) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}
