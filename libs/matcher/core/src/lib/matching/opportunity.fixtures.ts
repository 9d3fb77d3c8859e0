import type { CalendarEvent, Measure, Programme, ServiceProvider } from '@fhk/contracts';

/** Small catalogue and calendar items for specs (not sample data: never shipped). */
const text = (zh: string, en: string) => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
const common = { version: 1, officialUrl: null, sample: false, tentative: false, notes: null, requires: [] as Measure['requires'] };
type Tags = Partial<Measure['tags']>;
const tagsOf = (t: Tags) => ({ industries: [], needs: [], markets: [], audiences: [], serves: ['fujian-going-out'], ...t });

export function measure(number: number, en: string, zh: string, tags: Tags): Measure {
  return { ...common, id: `measure-${number}`, slug: `measure-${number}`, kind: 'measure', number, areaNumber: 1, name: text(zh, en), summary: text(zh, en), text: text(zh, en), parties: [], measures: [number], tags: tagsOf(tags) };
}

export function programme(id: string, en: string, zh: string, measures: number[], tags: Tags): Programme {
  return { ...common, id, slug: id, kind: 'programme', category: 'trade-promotion', organisers: [], name: text(zh, en), summary: text(zh, en), measures, tags: tagsOf(tags) };
}

export function provider(id: string, en: string, zh: string, tags: Tags, over: Partial<ServiceProvider> = {}): ServiceProvider {
  return { ...common, id, slug: id, kind: 'service-provider', providerType: 'public-institution', serviceCategories: [], offers: text(zh, en), name: text(zh, en), summary: text(zh, en), measures: [], tags: tagsOf(tags), ...over };
}

export function event(id: string, en: string, zh: string, measures: number[], tags: Tags, over: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    ...common,
    id,
    slug: id,
    kind: 'calendar-event',
    eventType: 'fair',
    name: text(zh, en),
    summary: text(zh, en),
    organiser: text('香港貿發局', 'HKTDC'),
    city: text('香港', 'Hong Kong'),
    venue: null,
    recurrence: { frequency: 'annual', usualMonth: 8 },
    nextEdition: null,
    measures,
    tags: tagsOf(tags),
    ...over,
  };
}
