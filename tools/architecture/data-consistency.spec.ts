import { loadCalendarSeed } from '@fhk/event-calendar/feature';
import { INDUSTRY_TAXONOMY, OPPORTUNITY_EVENT_SLUGS } from '@fhk/matcher/core';
import { loadCatalogueSeed } from '@fhk/measure-catalogue/feature';

/** The matcher's taxonomy names events and measures by id: they must exist in the shipped data. */
describe('data consistency between the matcher core and the seed data', () => {
  const eventIds = new Set(loadCalendarSeed().map((e) => e.id));
  const measureNumbers = new Set(loadCatalogueSeed().flatMap((i) => (i.kind === 'measure' ? [i.number] : [])));

  it('every event slug the taxonomy knows is a seeded calendar event', () => {
    expect(OPPORTUNITY_EVENT_SLUGS.filter((slug) => !eventIds.has(slug))).toEqual([]);
  });

  it('every measure the taxonomy cites exists', () => {
    const cited = Object.values(INDUSTRY_TAXONOMY).flatMap((entry) => entry.servedBy.measures);
    expect(cited.filter((n) => !measureNumbers.has(n))).toEqual([]);
  });
});
