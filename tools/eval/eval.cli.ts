/**
 * `npm run eval`: relevance of the matcher on the labelled evaluation set (tools/eval/data), next
 * to two baselines in the same search engine: the profile as one plain full-text query (AND), and
 * BM25 over its needs and products as an OR query. Prints, per split and language: nDCG@10, P@5,
 * the share of top-5 results quoting fragments or stop-words, the share of top-5 lists with a
 * duplicate opportunity, the parity of top 5 across language versions of one firm; then the
 * feedback simulation. Writes tmp/eval-results.json. `--markdown` prints the README tables.
 * `--errors [N]` evaluates the tuning split only (held-out profiles are not even run) and lists its
 * N weakest profiles (default 10) with their top ten and the graded items missed; with `--save NAME`
 * it also keeps the tuning split's nDCG@10 per profile as tmp/eval-variants/NAME.json.
 * `--cv BASE NAME…` cross-validates saved versions within the tuning split (cross-validation.ts);
 * `--cv-by-batch BASE NAME…` validates them leaving one writer batch out, overall and per language.
 * `--batches A,B` (with `--errors`) evaluates and lists only the tuning profiles of those batches,
 * so that a change is tuned on two batches and checked on the third.
 */
import { Presets, SingleBar } from 'cli-progress';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchFoldsOf, BATCHES, crossValidate, CrossValidation, foldsOf, PerProfile } from './cross-validation';
import { tuningErrors } from './error-report';
import { buildRankers, evaluate, EvaluationReport, loadEvaluationSet, SliceReport, splitOf, SYSTEMS } from './evaluation';
import { simulateFeedback } from './feedback-simulation';

const f = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function markdownRows(name: string, s: SliceReport): string {
  const m = s.systems.matcher;
  return `| ${name} | ${m.profiles} | **${f(m.ndcg10)}** | ${f(s.systems['baseline-engine'].ndcg10)} | ${f(s.systems['baseline-bm25'].ndcg10)} | **${f(m.p5)}** | ${f(s.systems['baseline-bm25'].p5)} | ${f(m.fragmentShare)} | ${f(m.duplicateShare)} | ${f(s.parity)} |`;
}

function markdown(report: EvaluationReport): string {
  const lines: string[] = [];
  for (const [split, data] of Object.entries(report.bySplit)) {
    if (!data.systems.matcher.profiles) continue;
    lines.push('', `**${split}**`, '');
    lines.push('| slice | profiles | matcher nDCG@10 | plain engine query nDCG@10 | BM25 OR nDCG@10 | matcher P@5 | BM25 OR P@5 | fragment share | duplicate share | top-5 parity |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    lines.push(markdownRows('all', data));
    for (const [language, s] of Object.entries(data.byLanguage)) lines.push(markdownRows(language, s));
  }
  return lines.join('\n');
}

function table(name: string, s: SliceReport, out: Record<string, Record<string, string>>) {
  for (const system of SYSTEMS) {
    const x = s.systems[system];
    out[`${name} · ${system}`] = {
      profiles: String(x.profiles),
      'nDCG@10': f(x.ndcg10),
      'P@5': f(x.p5),
      fragments: system === 'matcher' ? f(x.fragmentShare) : '',
      duplicates: f(x.duplicateShare),
      parity: system === 'matcher' ? f(s.parity) : '',
    };
  }
}

async function errorAnalysis(): Promise<void> {
  const at = process.argv.indexOf('--errors');
  const count = Number(process.argv[at + 1]) || 10;
  const batches = process.argv.includes('--batches') ? process.argv[process.argv.indexOf('--batches') + 1].split(',') : null;
  const tuning = loadEvaluationSet().filter((p) => splitOf(p) === 'tuning' && (!batches || batches.includes(p.batch ?? '')));
  const report = await evaluate(tuning);
  const out: Record<string, Record<string, string>> = {};
  table('tuning', report.overall, out);
  for (const [language, s] of Object.entries(report.byLanguage)) table(`tuning · ${language}`, s, out);
  console.table(out);
  for (const p of tuningErrors(tuning, await buildRankers(), count)) console.log(p.lines.join('\n'));
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  const perProfile = JSON.stringify(Object.fromEntries(report.perProfile.map((p) => [p.id, p.matcher.ndcg10])), null, 1);
  writeFileSync(join(dir, 'eval-tuning.json'), perProfile);
  const save = process.argv.indexOf('--save');
  if (save > 0) {
    mkdirSync(join(dir, 'eval-variants'), { recursive: true });
    writeFileSync(join(dir, 'eval-variants', `${process.argv[save + 1]}.json`), perProfile);
  }
}

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

function loadVersions(flag: string): Array<[string, PerProfile]> {
  const names = process.argv.slice(process.argv.indexOf(flag) + 1).filter((a) => !a.startsWith('--'));
  const dir = join(__dirname, '..', '..', 'tmp', 'eval-variants');
  return names.map((n): [string, PerProfile] => [n, JSON.parse(readFileSync(join(dir, `${n}.json`), 'utf8')) as PerProfile]);
}

function printValidation(cv: CrossValidation, unit: string, base: string): void {
  console.table(
    Object.fromEntries(
      cv.versions.map((v) => [
        v.name,
        {
          'nDCG@10': f(v.mean),
          [`per ${unit}`]: v.foldMeans.map(f).join(' '),
          [`gain per ${unit}`]: v.foldGains.map(signed).join(' '),
          [`better / worse per ${unit}`]: v.foldBetter.map((b, i) => `${b}/${v.foldWorse[i]}`).join(' '),
          'profiles better / worse': `${v.better} / ${v.worse}`,
        },
      ]),
    ),
  );
  console.log(`nested estimate (per ${unit}, the version best on the others): ${f(cv.nested)} (chosen: ${cv.chosen.join(', ')}); ${base}: ${f(cv.base)}`);
}

/** `--cv BASE A B …`: versions saved with `--save`, cross-validated within the tuning split. */
function crossValidation(): void {
  const versions = loadVersions('--cv');
  printValidation(crossValidate(foldsOf(loadEvaluationSet().filter((p) => splitOf(p) === 'tuning')), versions), 'fold', versions[0][0]);
}

/** `--cv-by-batch BASE A B …`: the same versions, leaving one writer batch out; then per language. */
function batchValidation(): void {
  const versions = loadVersions('--cv-by-batch');
  const tuning = loadEvaluationSet().filter((p) => splitOf(p) === 'tuning');
  console.log(`batches: ${BATCHES.map((b, i) => `${i} = ${b} (${tuning.filter((p) => p.batch === b).length})`).join(', ')}`);
  printValidation(crossValidate(batchFoldsOf(tuning), versions, BATCHES.length), 'batch', versions[0][0]);
  for (const language of ['zh-Hant', 'zh-Hans', 'en']) {
    console.log(`\n${language}:`);
    printValidation(crossValidate(batchFoldsOf(tuning.filter((p) => p.language === language)), versions, BATCHES.length), 'batch', versions[0][0]);
  }
}

const USAGE = `npm run eval -- [option]
  (none)                  every split, held-out included: the figures the README shows; writes tmp/eval-results.json
  --markdown              the same, as the README's tables
  --errors [N]            the tuning split only (held-out is not run): its N weakest profiles (default 10)
    --save NAME           with --errors: keep the tuning split's nDCG@10 per profile as tmp/eval-variants/NAME.json
    --batches A,B         with --errors: only the tuning profiles of those writer batches
  --cv BASE NAME…         cross-validate saved versions within the tuning split
  --cv-by-batch BASE NAME…  the same, leaving one writer batch out, overall and per language
  --help                  this text (runs nothing)`;
const OPTIONS = new Set(['--markdown', '--errors', '--save', '--batches', '--cv', '--cv-by-batch', '--help', '-h']);

async function main(): Promise<void> {
  const unknown = process.argv.slice(2).filter((a) => a.startsWith('-') && !OPTIONS.has(a));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')} (nothing was run)\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (process.argv.includes('--help') || process.argv.includes('-h')) return void console.log(USAGE);
  if (process.argv.includes('--cv')) return crossValidation();
  if (process.argv.includes('--cv-by-batch')) return batchValidation();
  if (process.argv.includes('--errors')) return errorAnalysis();
  const bar = new SingleBar({ format: ' evaluating |{bar}| {value}/{total} profiles', noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
  let started = false;
  const report = await evaluate(undefined, (done, total) => {
    if (!started) bar.start(total, 0);
    started = true;
    bar.update(done);
  });
  bar.stop();
  const feedback = await simulateFeedback();
  if (process.argv.includes('--markdown')) {
    console.log(markdown(report));
    console.log(`\nFeedback simulation: ${feedback.affected} profiles; nDCG@10 ${f(feedback.before)} → ${f(feedback.after)}`);
  } else {
    const out: Record<string, Record<string, string>> = {};
    table('all', report.overall, out);
    for (const [split, data] of Object.entries(report.bySplit)) {
      if (!data.systems.matcher.profiles) continue;
      table(split, data, out);
      for (const [language, s] of Object.entries(data.byLanguage)) table(`${split} · ${language}`, s, out);
    }
    console.table(out);
    const worst = [...report.perProfile].filter((p) => p.split === 'tuning').sort((a, b) => a.matcher.ndcg10 - b.matcher.ndcg10).slice(0, 5);
    console.log('weakest tuning profiles:', worst.map((p) => `${p.id} ${f(p.matcher.ndcg10)}`).join(', '));
    const fragments = report.perProfile.filter((p) => p.split === 'tuning').flatMap((p) => p.fragments);
    console.log('quoted fragments (tuning split):', fragments.join(', ') || 'none');
    console.log(`feedback simulation: ${feedback.affected} profiles (top wrong item marked ${feedback.reasons.join(' / ')}); nDCG@10 ${f(feedback.before)} → ${f(feedback.after)}`);
  }
  const dir = join(__dirname, '..', '..', 'tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'eval-results.json'), JSON.stringify({ report, feedback }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
