/**
 * Agreement between two annotators: Cohen's κ per label over the questions both reviewed, and
 * the disagreements an adjudicator settles.
 */
import type { Tag } from '../../../shared/domain';
import { isAdjudication, isAppliedLabel, isReviewWork } from './annotation-kinds';

/** Cohen's κ of two binary ratings of the same items; null when there are no items or chance agreement is total. */
export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): number | null {
  if (a.length !== b.length) throw new Error(`ratings differ in length: ${a.length} and ${b.length}`);
  const n = a.length;
  if (n === 0) return null;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) aYes++;
    if (b[i]) bYes++;
  }
  const po = agree / n;
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  if (pe === 1) return null;
  return (po - pe) / (1 - pe);
}

/** Questions an annotator worked on, with the labels applied to each (whole-question or span). */
export function labelsByQuestion(tags: readonly Tag[], annotator: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const t of tags) {
    if (t.annotator !== annotator || !isReviewWork(t) || isAdjudication(t)) continue;
    let set = out.get(t.questionKey);
    if (!set) out.set(t.questionKey, (set = new Set()));
    if (isAppliedLabel(t)) set.add(t.label);
  }
  return out;
}

export interface LabelAgreement {
  label: string;
  /** Questions both reviewed. */
  n: number;
  both: number;
  onlyA: number;
  onlyB: number;
  kappa: number | null;
}

/** Cohen's κ per label between annotators a and b, over the questions both reviewed. */
export function agreementPerLabel(tags: readonly Tag[], a: string, b: string): LabelAgreement[] {
  const la = labelsByQuestion(tags, a);
  const lb = labelsByQuestion(tags, b);
  const common = [...la.keys()].filter((k) => lb.has(k)).sort();
  const labels = new Set<string>();
  for (const k of common) {
    for (const l of la.get(k)!) labels.add(l);
    for (const l of lb.get(k)!) labels.add(l);
  }
  return [...labels].sort().map((label) => {
    const ra = common.map((k) => la.get(k)!.has(label));
    const rb = common.map((k) => lb.get(k)!.has(label));
    let both = 0;
    let onlyA = 0;
    let onlyB = 0;
    ra.forEach((x, i) => {
      if (x && rb[i]) both++;
      else if (x) onlyA++;
      else if (rb[i]) onlyB++;
    });
    return { label, n: common.length, both, onlyA, onlyB, kappa: cohensKappa(ra, rb) };
  });
}

export interface Disagreement {
  questionKey: string;
  label: string;
  /** The annotator who applied the label (the other did not). */
  by: string;
  /** The adjudicated decision, if one was made. */
  decision?: 'confirmed' | 'rejected';
}

/** Question × label pairs one annotator applied and the other did not, with any adjudication. */
export function disagreements(tags: readonly Tag[], a: string, b: string): Disagreement[] {
  const la = labelsByQuestion(tags, a);
  const lb = labelsByQuestion(tags, b);
  const decisions = new Map<string, Tag>();
  for (const t of tags) {
    if (!isAdjudication(t)) continue;
    const k = `${t.questionKey}\u0000${t.label}`;
    const prev = decisions.get(k);
    if (!prev || t.createdAt >= prev.createdAt) decisions.set(k, t);
  }
  const out: Disagreement[] = [];
  for (const key of [...la.keys()].filter((k) => lb.has(k)).sort()) {
    const sa = la.get(key)!;
    const sb = lb.get(key)!;
    const push = (label: string, by: string) => {
      const d = decisions.get(`${key}\u0000${label}`);
      out.push({ questionKey: key, label, by, ...(d ? { decision: d.status as 'confirmed' | 'rejected' } : {}) });
    };
    for (const l of [...sa].sort()) if (!sb.has(l)) push(l, a);
    for (const l of [...sb].sort()) if (!sa.has(l)) push(l, b);
  }
  return out;
}

/** Annotators who made any annotation, sorted. */
export function annotatorsOf(tags: readonly Tag[]): string[] {
  return [...new Set(tags.map((t) => t.annotator))].sort();
}
