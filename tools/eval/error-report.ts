/**
 * `npm run eval -- --errors [N]`: the N weakest profiles of the TUNING split (never the held-out
 * one), each with its needs as written, the matcher's top ten (grade and main reasons) and the
 * graded items it missed. For error analysis while tuning; prints no held-out figures.
 */
import { classifyEnterprise } from '@fhk/matcher/core';
import { Judgments } from './relevance-metrics';
import { EvaluationProfile, Rankers, scoreRanking, splitOf } from './evaluation';

export interface ProfileErrors {
  id: string;
  ndcg10: number;
  lines: string[];
}

const short = (s: string | null | undefined, n = 260) => (s && s.length > n ? `${s.slice(0, n)}…` : (s ?? ''));

export function tuningErrors(profiles: readonly EvaluationProfile[], rankers: Rankers, count: number): ProfileErrors[] {
  const groupOf = (key: string) => rankers.corpus.groupOf(key);
  const out: ProfileErrors[] = [];
  for (const profile of profiles.filter((p) => splitOf(p) === 'tuning')) {
    const results = rankers.matcher(profile.profile);
    const ranked = results.map((m) => `${m.type}:${m.id}`);
    const { ndcg10 } = scoreRanking(ranked, profile.judgments, groupOf);
    const graded = gradesByGroup(profile.judgments, groupOf);
    const c = classifyEnterprise(profile.profile);
    const concepts = (xs: typeof c.needs | typeof c.industries) =>
      xs.map((x) => `${x.code}(${x.weight.toFixed(2)}${x.evidence[0]?.field.startsWith('needs:understood') ? ',clf' : ''}: ${x.evidence.map((ev) => ev.matched.slice(0, 30)).join(' | ')})`).join('; ');
    const lines = [
      `## ${profile.id}  nDCG@10 ${ndcg10.toFixed(3)}  (batch ${profile.batch ?? '–'}, ${profile.language})`,
      `  industry: ${short(profile.profile.industry)} | products: ${short(profile.profile.products)}`,
      `  needs: ${short(profile.profile.needs, 400)}`,
      `  markets: ${short(profile.profile.markets)}`,
      `  read needs: ${concepts(c.needs)}`,
      `  read industries: ${concepts(c.industries)}`,
      `  declined: ${c.declinedNeeds.join(',')} done: ${c.doneNeeds.join(',')} not understood: ${c.notUnderstood.join(' | ')}`,
      '  top 10:',
      ...results.map((m, i) => {
        const grade = graded.get(groupOf(`${m.type}:${m.id}`)) ?? 0;
        const reasons = m.reasons.map((r) => `${r.code}${r.codes.length ? `(${r.codes.join(',')})` : ''}${r.contribution.toFixed(1)}`).join(' ');
        return `   ${String(i + 1).padStart(2)}. [${grade}] ${m.type}:${m.id} ${m.score.toFixed(2)}  ${reasons}`;
      }),
      '  missed (graded ≥ 2):',
      ...[...graded]
        .filter(([g, grade]) => grade >= 2 && !ranked.some((k) => groupOf(k) === g))
        .sort((a, b) => b[1] - a[1])
        .map(([g, grade]) => `      [${grade}] ${g}`),
    ];
    out.push({ id: profile.id, ndcg10, lines });
  }
  return out.sort((a, b) => a.ndcg10 - b.ndcg10).slice(0, count);
}

function gradesByGroup(judgments: Judgments, groupOf: (key: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, grade] of Object.entries(judgments)) out.set(groupOf(key), Math.max(out.get(groupOf(key)) ?? 0, grade));
  return out;
}
