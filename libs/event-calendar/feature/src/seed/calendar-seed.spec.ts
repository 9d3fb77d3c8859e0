import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarEvent, IndustryCode, collectLocalizedTexts, traditionalOnlyCharactersIn } from '@fhk/contracts';
import {
  CALENDAR_DATA_DIR,
  CALENDAR_SEED_FILE,
  CALENDAR_SEED_VERSION,
  CalendarSeedError,
  loadCalendarSeed,
} from './calendar-seed';

/** The day the seed was written: "next edition" means the next one starting after it. */
const SEED_DATE = '2026-11-24';

/** Every expo, fair, summit and festival the memorandum names, with the measure that names it. */
const REQUIRED_EVENTS: Record<string, number> = {
  'hong-kong-electronics-fair-spring': 8,
  'hong-kong-electronics-fair-autumn': 8,
  'hong-kong-watch-clock-fair': 8,
  'hong-kong-gifts-premium-fair': 8,
  'hong-kong-toys-games-fair': 8,
  'food-expo': 8,
  'food-expo-pro': 8,
  'hong-kong-international-tea-fair': 8,
  'hong-kong-international-wine-spirits-fair': 8,
  'china-hong-kong-international-services-trade-fair': 8,
  'fujian-brands-hong-kong-macao-tour-event': 8,
  innoex: 9,
  'digital-china-summit': 9,
  'china-international-fair-for-investment-and-trade': 7,
  'world-fujian-merchants-conference': 7,
  filmart: 14,
  'golden-rooster-hundred-flowers-film-festival': 14,
  'hong-kong-book-fair': 15,
  'mainland-higher-education-expo': 18,
  'international-travel-expo-hong-kong': 26,
  'fujian-culture-tourism-economy-development-conference': 26,
};

/** Industries a matcher must find each fair by. */
const REQUIRED_INDUSTRIES: Record<string, IndustryCode[]> = {
  'hong-kong-international-tea-fair': ['tea'],
  'food-expo': ['food-beverage', 'tea', 'wine-spirits', 'agriculture-fisheries'],
  'food-expo-pro': ['food-beverage', 'agriculture-fisheries'],
  'hong-kong-international-wine-spirits-fair': ['wine-spirits'],
  'hong-kong-electronics-fair-spring': ['electronics', 'information-technology'],
  'hong-kong-electronics-fair-autumn': ['electronics', 'information-technology'],
  'hong-kong-watch-clock-fair': ['watches-jewellery'],
  'hong-kong-gifts-premium-fair': ['gifts-crafts'],
  'hong-kong-toys-games-fair': ['toys-games'],
  innoex: ['information-technology', 'artificial-intelligence'],
  filmart: ['culture-creative'],
  'hong-kong-book-fair': ['publishing'],
  'international-travel-expo-hong-kong': ['tourism-hospitality'],
  // Hong Kong fairs for Fujian's export industries that the memorandum does not name (measure 8 in general).
  'eco-expo-asia': ['green-economy', 'new-energy'],
  'hong-kong-international-lighting-fair-spring': ['lighting', 'electronics'],
  'hong-kong-international-lighting-fair-autumn': ['lighting', 'electronics'],
  electronicasia: ['electronics'],
  centrestage: ['textiles-apparel', 'footwear'],
  'hong-kong-houseware-fair': ['furniture-home', 'ceramics-building-materials'],
  'hong-kong-international-home-textiles-furnishings-fair': ['furniture-home'],
  'hong-kong-international-jewellery-show': ['jewellery'],
  'hong-kong-international-medical-healthcare-fair': ['healthcare'],
  'hong-kong-international-printing-packaging-fair': ['advanced-manufacturing'],
  'asian-logistics-maritime-aviation-conference': ['logistics-shipping', 'aviation'],
};

describe('calendar seed', () => {
  const events = loadCalendarSeed();
  const bySlug = new Map(events.map((e) => [e.slug, e]));

  it('loads and validates the file with the current data version, pretty-printed with 2 spaces', () => {
    const raw = readFileSync(join(CALENDAR_DATA_DIR, CALENDAR_SEED_FILE), 'utf8');
    const parsed = JSON.parse(raw) as { dataVersion: string; kind: string };
    expect(parsed.dataVersion).toBe(CALENDAR_SEED_VERSION);
    expect(parsed.kind).toBe('calendar-event');
    expect(raw).toBe(JSON.stringify(parsed, null, 2) + '\n');
  });

  it('has unique ids, each equal to its slug, and version 1 for seed items', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(event.id).toBe(event.slug);
      expect(event.version).toBe(1);
    }
  });

  it('contains every event the memorandum names, citing the measure that names it', () => {
    for (const [slug, measure] of Object.entries(REQUIRED_EVENTS)) {
      const event = bySlug.get(slug);
      expect({ slug, found: event !== undefined }).toEqual({ slug, found: true });
      expect({ slug, measures: event?.measures }).toEqual({ slug, measures: expect.arrayContaining([measure]) });
    }
    for (const event of events) {
      expect(event.measures.length).toBeGreaterThan(0);
      for (const n of event.measures) expect(n >= 1 && n <= 28).toBe(true);
    }
  });

  it('tags fairs with the industries they serve', () => {
    for (const [slug, industries] of Object.entries(REQUIRED_INDUSTRIES)) {
      expect({ slug, industries: bySlug.get(slug)?.tags.industries }).toEqual({ slug, industries: expect.arrayContaining(industries) });
    }
    const tour = bySlug.get('fujian-brands-hong-kong-macao-tour-event');
    expect(tour?.eventType).toBe('tour');
  });

  it('has non-empty zh-Hant, zh-Hans and en names, summaries, organisers and cities', () => {
    for (const event of events) {
      for (const field of [event.name, event.summary, event.organiser, event.city]) {
        expect(field['zh-Hant'].trim()).not.toBe('');
        expect(field['zh-Hans'].trim()).not.toBe('');
        expect(field.en.trim()).not.toBe('');
      }
    }
  });

  it('never presents a guessed date as confirmed, and keeps dates in order and in the future', () => {
    for (const event of events) {
      const edition = event.nextEdition;
      expect({ id: event.id, hasEdition: edition !== null }).toEqual({ id: event.id, hasEdition: true });
      if (!edition) continue;
      const { startDate, endDate, applicationDeadline, dateStatus } = edition;
      if (dateStatus === 'confirmed') {
        expect({ id: event.id, startDate: startDate !== null, endDate: endDate !== null }).toEqual({ id: event.id, startDate: true, endDate: true });
      }
      if (startDate && endDate) expect(endDate >= startDate).toBe(true);
      if (endDate) expect(startDate).not.toBeNull();
      if (applicationDeadline && startDate) expect(applicationDeadline <= startDate).toBe(true);
      if (startDate) {
        expect(startDate > SEED_DATE).toBe(true);
        if (event.recurrence.usualMonth !== null) expect(Number(startDate.slice(5, 7))).toBe(event.recurrence.usualMonth);
      }
      if (dateStatus === 'tentative' && startDate) expect(event.tentative).toBe(true);
    }
  });

  it('explains every tentative item and labels sample items', () => {
    for (const event of events) {
      if (event.tentative) expect({ id: event.id, notes: (event.notes ?? '').trim().length > 0 }).toEqual({ id: event.id, notes: true });
      if (event.sample) {
        expect(event.name.en).toContain('(Sample)');
        expect(event.name['zh-Hant']).toContain('（示例）');
        expect(event.name['zh-Hans']).toContain('（示例）');
      }
    }
  });

  it('keeps zh-Hans free of Traditional-only characters', () => {
    const texts = events.flatMap((event) => collectLocalizedTexts(event, event.id));
    const offenders = texts
      .map(({ path, text }) => ({ path, chars: traditionalOnlyCharactersIn(text['zh-Hans']) }))
      .filter((o) => o.chars.length > 0);
    expect(offenders).toEqual([]);
  });

  it('rejects a confirmed edition without dates, naming file, index, id and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-seed-'));
    const write = (items: CalendarEvent[]): void =>
      writeFileSync(join(dir, CALENDAR_SEED_FILE), JSON.stringify({ dataVersion: CALENDAR_SEED_VERSION, kind: 'calendar-event', items }));
    try {
      const base = events[0];
      const confirmedWithoutDates: CalendarEvent = {
        ...base,
        id: 'broken-event',
        slug: 'broken-event',
        nextEdition: { startDate: null, endDate: null, applicationDeadline: null, dateStatus: 'confirmed' },
      };
      write([base, confirmedWithoutDates]);
      expect(() => loadCalendarSeed(dir)).toThrow(CalendarSeedError);
      expect(() => loadCalendarSeed(dir)).toThrow(/calendar-events\.json: items\[1\] \(id "broken-event"\): field nextEdition/);
      const reversed: CalendarEvent = {
        ...base,
        nextEdition: { startDate: '2027-05-02', endDate: '2027-05-01', applicationDeadline: null, dateStatus: 'tentative' },
      };
      write([reversed]);
      expect(() => loadCalendarSeed(dir)).toThrow(/items\[0\].*field nextEdition\.endDate/);
      write([{ ...base, organiser: { ...base.organiser, 'zh-Hans': '' } }]);
      expect(() => loadCalendarSeed(dir)).toThrow(/items\[0\] \(id "[a-z0-9-]+"\): field organiser\.zh-Hans/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
