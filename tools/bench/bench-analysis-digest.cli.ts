/**
 * The matcher's text analyses as digests, and their CPU cost, in one process (no server, no store):
 * for a change meant to make analysis cheaper, the digests must not move. Four sections, each over
 * seeded synthetic records (synthetic-data.generator.ts):
 *
 * - `firms`: `analyseFirm` of `--firms` firms, what the import computes per firm: the search
 *   document and the matching analysis (classification, product and description terms);
 * - `adHoc`: `toMatchableEnterprise` of `--queries` ad-hoc `POST /api/match` profiles (the "query"
 *   stream), the analysis an uncached match request pays for;
 * - `queries`: `analyzeForQuery` of as many search-box queries;
 * - `opportunities`: `classifyOpportunityText` and `analyzeForIndex` of `--opportunities` texts.
 *
 * Prints one JSON line: per section the digest (of every record's analysis, serialised with Sets
 * and Maps in order) and CPU ms a record, with the load average. `--out FILE` writes one hash a
 * record (section and index first), so two checkouts' files show the first record that differs.
 * Run it from two checkouts in turn (`cd` to the other checkout and give this file's path).
 *
 *   node -r @swc-node/register tools/bench/bench-analysis-digest.cli.ts [--firms 20000] [--queries 5000] [--opportunities 2000] [--seed 14] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Enterprise } from '@fhk/contracts';
import { analyzeForIndex, analyzeForQuery, classifyOpportunityText, toMatchableEnterprise } from '@fhk/matcher/core';
import { analyseFirm } from '@fhk/matcher/feature';
import { syntheticEnterprise, syntheticMatchRequest, syntheticOpportunity, syntheticSearchQuery } from './synthetic-data.generator';

/** JSON with Sets and Maps kept (in their order), so a digest sees every part of an analysis. */
const serialise = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? { set: [...v] } : v instanceof Map ? { map: [...v] } : v));

interface Section {
  readonly records: number;
  readonly digest: string;
  readonly cpuMsPerRecord: number;
}

/** Builds every input first, then times `analyse` over them all (process CPU) and hashes each result. */
function section<I>(name: string, count: number, input: (i: number) => I, analyse: (input: I) => unknown, lines: string[]): Section {
  const inputs = Array.from({ length: count }, (_, i) => input(i));
  const results = new Array<unknown>(count);
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) results[i] = analyse(inputs[i]);
  const used = process.cpuUsage(cpu);
  const all = createHash('sha256');
  for (let i = 0; i < count; i++) {
    const hash = createHash('sha256').update(serialise(results[i])).digest('hex');
    all.update(hash);
    lines.push(`${name} ${i} ${hash}`);
  }
  return { records: count, digest: all.digest('hex'), cpuMsPerRecord: Number(((used.user + used.system) / 1000 / Math.max(1, count)).toFixed(4)) };
}

const AT = '2026-01-01T00:00:00.000Z';
/** What the import's schema defaults a firm's omitted fields to, and what the store adds. */
const STORED_DEFAULTS = { industry: '', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null };

function firmEntity(seed: number, i: number): Enterprise {
  return { ...STORED_DEFAULTS, ...syntheticEnterprise(seed, i), id: `firm-${i}`, version: 1, createdAt: AT, updatedAt: AT };
}

/** An opportunity's texts as its search document joins them: names and summaries in the three languages. */
function opportunityTexts(seed: number, i: number): string[] {
  const { input } = syntheticOpportunity(seed, i);
  return [input.name, input.summary].flatMap((t) => [t['zh-Hant'], t['zh-Hans'], t.en]);
}

function main(): void {
  const { values } = parseArgs({
    options: { firms: { type: 'string' }, queries: { type: 'string' }, opportunities: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const seed = Number(values.seed ?? 14);
  const firms = Number(values.firms ?? 20_000);
  const queries = Number(values.queries ?? 5000);
  const opportunities = Number(values.opportunities ?? 2000);
  const lines: string[] = [];
  const load = loadavg()[0];
  const report = {
    seed,
    firms: section('firm', firms, (i) => firmEntity(seed, i), analyseFirm, lines),
    adHoc: section('ad-hoc', queries, (i) => syntheticMatchRequest(seed, 30_000 + i) as unknown as Parameters<typeof toMatchableEnterprise>[0], toMatchableEnterprise, lines),
    queries: section('query', queries, (i) => syntheticSearchQuery(seed, i), (q) => analyzeForQuery(q), lines),
    opportunities: section(
      'opportunity',
      opportunities,
      (i) => opportunityTexts(seed, i),
      (texts) => [classifyOpportunityText(texts), analyzeForIndex(texts.join('\n'))],
      lines,
    ),
    loadBefore: Number(load.toFixed(2)),
    loadAfter: Number(loadavg()[0].toFixed(2)),
  };
  if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
  console.log(JSON.stringify(report));
}

main();
