/** Graded judgments of one profile: `<type>:<id>` → 0..3. */
export type Judgments = Record<string, number>;

/** nDCG@k with exponential gains (2^grade − 1), the ideal ranking taken from the judgments. */
export function ndcgAt(k: number, ranked: readonly string[], judgments: Judgments): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(judgments).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((key) => judgments[key] ?? 0)) / ideal;
}

/** Precision@k: the share of the top k that an officer graded "clearly useful" or better (grade ≥ 2). */
export function precisionAt(k: number, ranked: readonly string[], judgments: Judgments, minGrade = 2): number {
  return ranked.slice(0, k).filter((key) => (judgments[key] ?? 0) >= minGrade).length / k;
}

export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Judgments per opportunity rather than per item: the measure, programme and event of one
 * opportunity form a group, graded by its best member.
 */
export function collapseJudgments(judgments: Judgments, groupOf: (key: string) => string): Judgments {
  const out: Judgments = {};
  for (const [key, grade] of Object.entries(judgments)) {
    const g = groupOf(key);
    out[g] = Math.max(out[g] ?? 0, grade);
  }
  return out;
}

/** A ranking of items as a ranking of groups; a group seen again adds nothing (its slot is wasted). */
export function collapseRanking(ranked: readonly string[], groupOf: (key: string) => string): string[] {
  const seen = new Set<string>();
  return ranked.map((key, i) => {
    const g = groupOf(key);
    if (seen.has(g)) return `repeat#${i}:${key}`;
    seen.add(g);
    return g;
  });
}
