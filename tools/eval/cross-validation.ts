/**
 * k-fold cross-validation within the TUNING split, to tell a change that generalises from one that
 * fits the profiles it was tuned on. Profiles of one cross-language group always share a fold
 * (their judgments are alike); groups go to folds in SHA-1 order, each to the smallest so far.
 *
 * `npm run eval -- --errors 0 --save NAME` stores the tuning split's nDCG@10 per profile as
 * tmp/eval-variants/NAME.json (one file per version of the code); `npm run eval -- --cv BASE A B …`
 * prints, for each version, its mean and its gain over BASE in every fold, and the nested estimate:
 * in each fold, the version best on the other folds, scored on this one. A change that only fits
 * its own profiles wins on some folds and loses on others, and its nested estimate is no better
 * than BASE.
 *
 * `npm run eval -- --cv-by-batch BASE A B …` is leave-one-writer-out validation: the folds are the
 * tuning split's writer batches (`batch` on every tuning profile: 2026-11-24.1, 2026-12-01.1,
 * 2026-12-02.1, 2026-12-03.2), so a fold's gain is the gain on wordings of a writer the other folds never saw.
 * Tune on the errors of some batches (`--errors N --batches A,B`), keep a change only if it gains
 * on each batch left out.
 */
import { createHash } from 'node:crypto';
import { EvaluationProfile } from './evaluation';
import { mean } from './relevance-metrics';

export const FOLDS = 5;

/** Fold of every profile: groups are never split, folds are of nearly equal size. */
export function foldsOf(profiles: readonly EvaluationProfile[], k = FOLDS): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const p of profiles) groups.set(p.group ?? p.id, [...(groups.get(p.group ?? p.id) ?? []), p.id]);
  const sha = (s: string) => createHash('sha1').update(s).digest('hex');
  const load = new Array<number>(k).fill(0);
  const out = new Map<string, number>();
  for (const g of [...groups.keys()].sort((a, b) => (sha(a) < sha(b) ? -1 : 1))) {
    const fold = load.indexOf(Math.min(...load));
    load[fold] += groups.get(g)!.length;
    for (const id of groups.get(g)!) out.set(id, fold);
  }
  return out;
}

/** The tuning split's writer batches, oldest first; every tuning profile names one. */
export const BATCHES = ['2026-11-24.1', '2026-12-01.1', '2026-12-02.1', '2026-12-03.2', '2026-12-04.1'] as const;

/** Fold of every profile by writer batch (index into BATCHES); a profile without one is an error. */
export function batchFoldsOf(profiles: readonly EvaluationProfile[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of profiles) {
    const fold = BATCHES.indexOf(p.batch as (typeof BATCHES)[number]);
    if (fold < 0) throw new Error(`tuning profile ${p.id} has no known writer batch (${String(p.batch)})`);
    out.set(p.id, fold);
  }
  return out;
}

/** nDCG@10 per profile id, of one version of the code. */
export type PerProfile = Readonly<Record<string, number>>;

export interface CrossValidation {
  versions: Array<{ name: string; mean: number; foldMeans: number[]; foldGains: number[]; foldBetter: number[]; foldWorse: number[]; better: number; worse: number }>;
  /** Per fold, the version best on the other folds; and their mean on the folds they were chosen for. */
  chosen: string[];
  nested: number;
  base: number;
}

export function crossValidate(folds: ReadonlyMap<string, number>, versions: ReadonlyArray<[string, PerProfile]>, k = FOLDS): CrossValidation {
  const ids = [...folds.keys()];
  const [, base] = versions[0];
  const meanOf = (v: PerProfile, subset: string[]) => mean(subset.map((id) => v[id]));
  const inFold = (f: number) => ids.filter((id) => folds.get(id) === f);
  const outOfFold = (f: number) => ids.filter((id) => folds.get(id) !== f);
  const better = (v: PerProfile, subset: string[]) => subset.filter((id) => v[id] > base[id] + 1e-9).length;
  const worse = (v: PerProfile, subset: string[]) => subset.filter((id) => v[id] < base[id] - 1e-9).length;
  const chosen: string[] = [];
  const nested: number[] = [];
  for (let f = 0; f < k; f++) {
    const [name, best] = versions.reduce((a, b) => (meanOf(b[1], outOfFold(f)) > meanOf(a[1], outOfFold(f)) + 1e-12 ? b : a));
    chosen.push(name);
    nested.push(...inFold(f).map((id) => best[id]));
  }
  return {
    versions: versions.map(([name, v]) => ({
      name,
      mean: meanOf(v, ids),
      foldMeans: Array.from({ length: k }, (_, f) => meanOf(v, inFold(f))),
      foldGains: Array.from({ length: k }, (_, f) => meanOf(v, inFold(f)) - meanOf(base, inFold(f))),
      foldBetter: Array.from({ length: k }, (_, f) => better(v, inFold(f))),
      foldWorse: Array.from({ length: k }, (_, f) => worse(v, inFold(f))),
      better: better(v, ids),
      worse: worse(v, ids),
    })),
    chosen,
    nested: mean(nested),
    base: meanOf(base, ids),
  };
}
