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

describe('OpportunityCorpus.namedBy: the opportunities a firm names, through the openings of their names', () => {
  const rng = mulberry32(21);
  const items = Array.from({ length: 90 }, (_, i) => opportunity(rng, i));
  const firms = Array.from({ length: 150 }, (_, i) => firm(rng, i));

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
