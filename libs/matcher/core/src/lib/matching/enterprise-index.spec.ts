import { mulberry32 } from '@fhk/shared/util';
import { compactMatchable, EnterpriseIndex } from './enterprise-index';
import { firm, opportunity, profilesOf } from './generated-matching.fixtures';
import { toMatchableEnterprise } from './matchable-enterprise';
import { MatchableEnterprise, OpportunityProfile } from './match-types';
import { eventNamesOf, namingTextOf } from './named-event';
import { event, provider } from './opportunity.fixtures';

/**
 * The firms naming an event are found through the texts' signatures (`namingSlots`): exactly the
 * firms whose naming text contains one of the event's names, as testing every firm's text finds them.
 */
const rng = mulberry32(2024);
const items = profilesOf(Array.from({ length: 60 }, (_, i) => opportunity(rng, i)));
// Names in all scripts and lengths: acronyms of three letters, Chinese names of three characters, long English titles.
const named = [
  profileOf('hk-asia-year', event('hk-asia-year', 'Hong Kong Asia Year (HKAY)', '香港亞洲年', [], {}, { summary: { 'zh-Hant': '', 'zh-Hans': '', en: '' } })),
  profileOf('ird', provider('ird', 'Inland Revenue Department (IRD)', '稅務局', {})),
];
function profileOf(id: string, item: Parameters<typeof profilesOf>[0][number]): OpportunityProfile {
  const [profile] = profilesOf([item]);
  if (!profile) throw new Error(`${id}: not matchable`);
  return profile;
}
const namers = ['hong kong asia year', '想參加香港亞洲年', '我們要找稅務局', 'talk to the IRD soon', 'HKAY and 香港亞洲', 'hong kong asia yea', '稅務'].map((needs, i) =>
  compactMatchable(toMatchableEnterprise({ id: `namer-${i}`, name: `N${i}`, city: '', needs })),
);
const firms = [...Array.from({ length: 400 }, (_, i) => firm(rng, i)), ...namers];

/** Per opportunity, the ids `namingSlots` gives against those whose text has a name (the differences). */
function namingDifferences(index: EnterpriseIndex, live: readonly MatchableEnterprise[]): string[] {
  const out: string[] = [];
  for (const o of [...items, ...named]) {
    const names = eventNamesOf(o);
    const found = [...new Set(index.namingSlots(o))].map((slot) => index.firmAt(slot)!.id).sort();
    const expected = live
      .filter((e) => names.some((n) => namingTextOf(e).includes(n)))
      .map((e) => e.id)
      .sort();
    if (found.join() !== expected.join()) out.push(`${o.id}: ${found.join()} ≠ ${expected.join()}`);
  }
  return out;
}

describe('EnterpriseIndex: firms naming an event', () => {
  it('are exactly the firms whose naming text has one of its names (and the data has many)', () => {
    const index = new EnterpriseIndex();
    for (const e of firms) index.upsert(e);
    expect(namingDifferences(index, firms)).toEqual([]);
    const found = [...items, ...named].reduce((n, o) => n + index.namingSlots(o).length, 0);
    expect(found).toBeGreaterThan(50);
  });

  it('follow replaced and removed firms (a signature is rewritten with its text)', () => {
    const index = new EnterpriseIndex();
    for (const e of firms) index.upsert(e);
    // Each namer's text given to another firm's id and back; some removed.
    for (let i = 0; i < namers.length; i++) index.upsert({ ...namers[i], id: firms[i].id });
    const swapped = firms.map((e, i) => (i < namers.length ? { ...namers[i], id: e.id } : e));
    expect(namingDifferences(index, swapped)).toEqual([]);
    for (let i = 0; i < namers.length; i++) index.upsert(firms[i]);
    for (const e of firms.slice(100, 200)) index.remove(e.id!);
    expect(namingDifferences(index, [...firms.slice(0, 100), ...firms.slice(200)])).toEqual([]);
  });
});
