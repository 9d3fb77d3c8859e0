/**
 * `npm run eval`: relevance of the matcher on the labelled evaluation set (tools/eval/data), next
 * to two baselines over the same opportunities: the profile as one plain full-text query to the
 * same search engine, and bag-of-words BM25. Prints nDCG@10 and P@5 (grade ≥ 2) overall and per
 * language, and writes tmp/eval-results.json. `--markdown` prints the README table.
 */
import { Presets, SingleBar } from 'cli-progress';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, EvaluationReport, SYSTEMS } from './evaluation';

const f = (x: number) => x.toFixed(3);

function markdown(report: EvaluationReport): string {
  const lines = ['| slice | profiles | matcher nDCG@10 | plain engine query nDCG@10 | BM25 nDCG@10 | matcher P@5 | plain engine query P@5 | BM25 P@5 |', '|---|---|---|---|---|---|---|---|'];
  const row = (name: string, s: EvaluationReport['overall']) =>
    `| ${name} | ${s.matcher.profiles} | **${f(s.matcher.ndcg10)}** | ${f(s['baseline-engine'].ndcg10)} | ${f(s['baseline-bm25'].ndcg10)} | **${f(s.matcher.p5)}** | ${f(s['baseline-engine'].p5)} | ${f(s['baseline-bm25'].p5)} |`;
  lines.push(row('all', report.overall));
  for (const [language, scores] of Object.entries(report.byLanguage)) lines.push(row(language, scores));
  return lines.join('\n');
}

async function main(): Promise<void> {
  const bar = new SingleBar({ format: ' evaluating |{bar}| {value}/{total} profiles', noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  let started = false;
  const report = await evaluate(undefined, (done, total) => {
    if (!started) bar.start(total, 0);
    started = true;
    bar.update(done);
  });
  bar.stop();
  if (process.argv.includes('--markdown')) {
    console.log(markdown(report));
  } else {
    const table: Record<string, Record<string, string>> = {};
    for (const [slice, scores] of [['all', report.overall] as const, ...Object.entries(report.byLanguage)]) {
      for (const system of SYSTEMS) table[`${slice} · ${system}`] = { profiles: String(scores[system].profiles), 'nDCG@10': f(scores[system].ndcg10), 'P@5': f(scores[system].p5) };
    }
    console.table(table);
    const worst = [...report.perProfile].sort((a, b) => a.matcher.ndcg10 - b.matcher.ndcg10).slice(0, 5);
    console.log('weakest profiles:', worst.map((p) => `${p.id} ${f(p.matcher.ndcg10)}`).join(', '));
    console.log('cross-language groups with different top 3:', report.inconsistentGroups.join(', ') || 'none');
  }
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'eval-results.json'), JSON.stringify(report, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
