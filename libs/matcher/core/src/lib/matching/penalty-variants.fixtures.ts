import type { CalendarEvent, CatalogueItem } from '@fhk/contracts';

/**
 * Generated item `i` carrying one of the penalties known from the item alone, by `i % 7`: sample,
 * precondition, direction, people only, inform-only, a past or an upcoming edition (or none).
 */
export const penaltyVariant = (x: CatalogueItem | CalendarEvent, i: number): CatalogueItem | CalendarEvent => {
  const tags = { ...x.tags };
  switch (i % 7) {
    case 1:
      return { ...x, sample: true };
    case 2:
      return { ...x, requires: ['hong-kong-entity'] };
    case 3:
      return { ...x, tags: { ...tags, serves: ['hong-kong-coming-in'] } } as typeof x;
    case 4:
      return { ...x, tags: { ...tags, serves: [], audiences: ['youth'] } } as typeof x;
    case 5:
      return x.kind === 'service-provider' ? { ...x, role: 'informs' } : x;
    case 6: {
      if (x.kind !== 'calendar-event') return x;
      const past = i % 2 === 0;
      return { ...x, nextEdition: { startDate: past ? '2026-03-02' : '2027-03-02', endDate: past ? '2026-03-04' : '2027-03-04', applicationDeadline: past ? null : '2027-01-10', dateStatus: past ? 'confirmed' : 'tentative' } } as CalendarEvent;
    }
    default:
      return x;
  }
};
