/**
 * Port of Python's `difflib.SequenceMatcher(None, a, b)` as far as `ratio()` needs it:
 * no junk function, default autojunk (when `b` has at least 200 elements, every element
 * occurring more than `len(b) // 100 + 1` times is "popular" and left out of the index,
 * though matches may still be extended over it), `find_longest_match` and
 * `get_matching_blocks` in CPython's order. Strings are compared by code point, like
 * Python `str`.
 */

export interface MatchBlock {
  a: number;
  b: number;
  size: number;
}

class SequenceMatcher {
  private readonly a: string[];
  private readonly b: string[];
  private readonly b2j = new Map<string, number[]>();

  constructor(a: string, b: string, autojunk: boolean) {
    this.a = Array.from(a);
    this.b = Array.from(b);
    this.b.forEach((elt, i) => {
      const list = this.b2j.get(elt);
      if (list) list.push(i);
      else this.b2j.set(elt, [i]);
    });
    const n = this.b.length;
    if (autojunk && n >= 200) {
      const ntest = Math.floor(n / 100) + 1;
      for (const [elt, idxs] of [...this.b2j]) if (idxs.length > ntest) this.b2j.delete(elt);
    }
  }

  findLongestMatch(alo: number, ahi: number, blo: number, bhi: number): MatchBlock {
    const { a, b, b2j } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      const js = b2j.get(a[i]);
      if (js) {
        for (const j of js) {
          if (j < blo) continue;
          if (j >= bhi) break;
          const k = (j2len.get(j - 1) ?? 0) + 1;
          newj2len.set(j, k);
          if (k > bestsize) {
            besti = i - k + 1;
            bestj = j - k + 1;
            bestsize = k;
          }
        }
      }
      j2len = newj2len;
    }
    // No junk function, so the "junk" set is empty: only the non-junk extensions apply.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
      bestsize++;
    }
    return { a: besti, b: bestj, size: bestsize };
  }

  getMatchingBlocks(): MatchBlock[] {
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const blocks: MatchBlock[] = [];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const m = this.findLongestMatch(alo, ahi, blo, bhi);
      if (m.size) {
        blocks.push(m);
        if (alo < m.a && blo < m.b) queue.push([alo, m.a, blo, m.b]);
        if (m.a + m.size < ahi && m.b + m.size < bhi) queue.push([m.a + m.size, ahi, m.b + m.size, bhi]);
      }
    }
    blocks.sort((x, y) => x.a - y.a || x.b - y.b || x.size - y.size);
    const collapsed: MatchBlock[] = [];
    let i1 = 0;
    let j1 = 0;
    let k1 = 0;
    for (const { a: i2, b: j2, size: k2 } of blocks) {
      if (i1 + k1 === i2 && j1 + k1 === j2) {
        k1 += k2;
      } else {
        if (k1) collapsed.push({ a: i1, b: j1, size: k1 });
        i1 = i2;
        j1 = j2;
        k1 = k2;
      }
    }
    if (k1) collapsed.push({ a: i1, b: j1, size: k1 });
    collapsed.push({ a: la, b: lb, size: 0 });
    return collapsed;
  }

  ratio(): number {
    const matches = this.getMatchingBlocks().reduce((sum, m) => sum + m.size, 0);
    const length = this.a.length + this.b.length;
    return length ? (2.0 * matches) / length : 1.0;
  }
}

/** `difflib.SequenceMatcher(None, a, b).get_matching_blocks()`, sentinel included. */
export function matchingBlocks(a: string, b: string, options: { autojunk?: boolean } = {}): MatchBlock[] {
  return new SequenceMatcher(a, b, options.autojunk ?? true).getMatchingBlocks();
}

/** `difflib.SequenceMatcher(None, a, b).ratio()` (pass `autojunk: false` for Python's `autojunk=False`). */
export function sequenceMatcherRatio(a: string, b: string, options: { autojunk?: boolean } = {}): number {
  return new SequenceMatcher(a, b, options.autojunk ?? true).ratio();
}
