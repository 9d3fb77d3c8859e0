import { mulberry32 } from '@fhk/shared/util';
import { compactMatchable } from './enterprise-index';
import { firm, opportunity, pick, profilesOf } from './generated-matching.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';
import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { eventNamesOf, namingTextOf } from './named-event';
import { event, provider } from './opportunity.fixtures';
import { OpportunityCorpus } from './opportunity-corpus';
import { toOpportunityProfile } from './opportunity-profile';

/** Every opportunity of the corpus one of whose names the firm's naming text has, by testing each one. */
const namedByEveryName = (corpus: OpportunityCorpus, e: MatchableEnterprise) =>
  corpus.profiles.filter((o) => eventNamesOf(o).some((n) => namingTextOf(e).includes(n)));
const keysOf = (profiles: readonly OpportunityProfile[]) => profiles.map((o) => `${o.type}:${o.id}`).sort();

// Generated opportunities and firms (seeded, so a failure can be replayed), shared by both suites.
const rng = mulberry32(21);
const items = Array.from({ length: 90 }, (_, i) => opportunity(rng, i));
const firms = Array.from({ length: 150 }, (_, i) => firm(rng, i));

describe('OpportunityCorpus.namedBy: the opportunities a firm names, through the openings of their names', () => {
  it('equals testing every name of every opportunity, also as the corpus changes', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const live = new Map(items.map((item) => [item.id, item]));
    let named = 0;
    for (let step = 0; step < 6; step++) {
      for (const e of firms) {
        const expected = keysOf(namedByEveryName(corpus, e));
        named += expected.length;
        expect(keysOf(corpus.namedBy(e))).toEqual(expected);
      }
      // Some opportunities replaced, some removed, before the next round.
      for (let k = 0; k < 15; k++) {
        if (rng() < 0.6) {
          const item = opportunity(rng, Math.floor(rng() * 120));
          live.set(item.id, item);
          corpus.upsert(toOpportunityProfile(item)!);
        } else if (live.size) {
          const id = pick(rng, [...live.keys()]);
          const p = toOpportunityProfile(live.get(id)!)!;
          live.delete(id);
          expect(corpus.remove(p.type, p.id)).toBe(true);
        }
      }
    }
    // The data must name events often enough for the comparison to mean something.
    expect(named).toBeGreaterThan(100);
  });

  it('finds names at the very start and end of the text, Chinese and Latin, short names and long', () => {
    const fair = toOpportunityProfile(event('tea-fair', 'International Tea Fair (ITF)', '國際茶展', [], {}))!;
    const body = toOpportunityProfile(provider('ird', 'Inland Revenue Department (IRD)', '稅務局（稅局）', {}))!;
    const corpus = new OpportunityCorpus([fair, body]);
    const firmSaying = (needs: string) => compactMatchable(toMatchableEnterprise({ id: 'f', name: 'A', city: '', needs }));
    expect(keysOf(corpus.namedBy(firmSaying('国际茶展')))).toEqual(['event:tea-fair']);
    expect(keysOf(corpus.namedBy(firmSaying('we go to the international tea fair')))).toEqual(['event:tea-fair']);
    expect(keysOf(corpus.namedBy(firmSaying('ask the ird')))).toEqual(['service-provider:ird']);
    expect(keysOf(corpus.namedBy(firmSaying('税务局 and itf')))).toEqual(['event:tea-fair', 'service-provider:ird']);
    expect(corpus.namedBy(firmSaying('tea and tax'))).toEqual([]);
    corpus.remove('event', 'tea-fair');
    expect(corpus.namedBy(firmSaying('国际茶展'))).toEqual([]);
  });
});

describe("a firm's view of the corpus (`firmView`): text relevance with the words quoted, as the corpus gives it", () => {
  it('gives the same value and the same quoted words as `keywords`, for every pair, also for other firms', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    let quoted = 0;
    for (const e of firms.slice(0, 80)) {
      const view = corpus.firmView(e);
      const other = firms[(firms.indexOf(e) + 1) % firms.length];
      for (const o of corpus.profiles) {
        const expected = corpus.keywords(e, o, true);
        quoted += expected.terms.length;
        expect(view.keywords(e, o, true)).toEqual(expected);
        expect(view.keywords(e, o, false).value).toBe(expected.value);
        expect(view.keywords(other, o, true)).toEqual(corpus.keywords(other, o, true));
      }
    }
    // The firms must share words with the opportunities often enough for the comparison to mean something.
    expect(quoted).toBeGreaterThan(80);
  });

  it('answers as the corpus does after the corpus changed under it', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const e = firms[0];
    const view = corpus.firmView(e);
    for (let k = 0; k < 20; k++) corpus.upsert(toOpportunityProfile(opportunity(rng, 200 + k))!);
    corpus.remove(corpus.profiles[0].type, corpus.profiles[0].id);
    for (const o of corpus.profiles) expect(view.keywords(e, o, true)).toEqual(corpus.keywords(e, o, true));
  });
});
