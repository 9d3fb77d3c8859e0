import type { IndustryCode, NeedCode } from '@fhk/contracts';

/**
 * Slugs of the calendar events the event-calendar service publishes (agreed names; the data
 * is written in parallel, so a slug here may precede its event).
 */
export const OPPORTUNITY_EVENT_SLUGS = [
  'hktdc-electronics-fair-spring',
  'hktdc-electronics-fair-autumn',
  'hktdc-watch-clock-fair',
  'hktdc-gifts-premium-fair',
  'hktdc-toys-games-fair',
  'hktdc-food-expo',
  'hktdc-food-expo-pro',
  'hktdc-international-tea-fair',
  'hktdc-wine-spirits-fair',
  'innoex',
  'filmart',
  'hong-kong-book-fair',
  'international-travel-expo',
  'digital-china-summit',
  'cifit-xiamen',
  'world-fujian-merchants-conference',
  'golden-rooster-hundred-flowers-film-festival',
  'fujian-culture-tourism-economy-conference',
] as const;
export type OpportunityEventSlug = (typeof OPPORTUNITY_EVENT_SLUGS)[number];

/**
 * Measures of the 2026 memorandum that serve firms whatever their industry: listing and bonds
 * (1), cross-border financing (2), going global with Hong Kong's professional services (5),
 * company registration, fund pooling, tax, trademarks, legal advice and branding (6), legal and
 * dispute resolution (12).
 */
export const CROSS_INDUSTRY_MEASURES: readonly number[] = [1, 2, 5, 6, 12];

export interface IndustryServedBy {
  /** Events (slugs) where the industry exhibits, buys or meets investors. */
  readonly events: readonly OpportunityEventSlug[];
  /** Measures of the memorandum that name the industry or its events (see CROSS_INDUSTRY_MEASURES for the rest). */
  readonly measures: readonly number[];
  /** Needs typical of the industry: the bridge to service categories and programmes, which are tagged with needs. */
  readonly typicalNeeds: readonly NeedCode[];
}

const served = (events: readonly OpportunityEventSlug[], measures: readonly number[], typicalNeeds: readonly NeedCode[]): IndustryServedBy => ({
  events,
  measures,
  typicalNeeds,
});

/**
 * Hints, not rules: the scoring layer also reads the tags on each opportunity. Measure numbers
 * follow the memorandum's annex (measure 8 names the Hong Kong fairs for electronics, watches,
 * gifts, toys, food, tea and wine; 9 and 10 the digital and technology sectors; 13-15 culture,
 * film and publishing; 16-22 education and youth; 23-25 health; 26-27 tourism).
 */
export const INDUSTRY_SERVED_BY = {
  tea: served(['hktdc-international-tea-fair', 'hktdc-food-expo-pro'], [8], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'testing-certification', 'overseas-expansion']),
  'food-beverage': served(['hktdc-food-expo', 'hktdc-food-expo-pro'], [8], ['exhibit-find-buyers', 'testing-certification', 'brand-building', 'logistics-customs', 'trademark-patent']),
  'wine-spirits': served(['hktdc-wine-spirits-fair'], [8], ['exhibit-find-buyers', 'testing-certification', 'brand-building', 'logistics-customs']),
  'agriculture-fisheries': served(['hktdc-food-expo-pro', 'hktdc-food-expo'], [8], ['exhibit-find-buyers', 'testing-certification', 'logistics-customs']),
  'textiles-apparel': served([], [], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'overseas-expansion']),
  footwear: served([], [], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'overseas-expansion']),
  'toys-games': served(['hktdc-toys-games-fair'], [8], ['exhibit-find-buyers', 'testing-certification', 'trademark-patent', 'brand-building']),
  'gifts-crafts': served(['hktdc-gifts-premium-fair'], [8], ['exhibit-find-buyers', 'trademark-patent', 'brand-building']),
  'ceramics-building-materials': served(['hktdc-gifts-premium-fair'], [], ['exhibit-find-buyers', 'testing-certification', 'brand-building']),
  'furniture-home': served(['hktdc-gifts-premium-fair'], [], ['exhibit-find-buyers', 'brand-building', 'testing-certification']),
  'watches-jewellery': served(['hktdc-watch-clock-fair'], [8], ['exhibit-find-buyers', 'brand-building', 'trademark-patent']),
  electronics: served(['hktdc-electronics-fair-spring', 'hktdc-electronics-fair-autumn', 'innoex'], [8, 10], ['exhibit-find-buyers', 'testing-certification', 'trademark-patent', 'technology-transfer', 'research-collaboration']),
  'information-technology': served(['innoex', 'digital-china-summit'], [9], ['data-computing', 'trademark-patent', 'investment-financing', 'research-collaboration', 'talent-internships']),
  'digital-economy': served(['digital-china-summit', 'innoex'], [9], ['data-computing', 'investment-financing', 'research-collaboration']),
  'artificial-intelligence': served(['innoex', 'digital-china-summit'], [9, 10], ['research-collaboration', 'data-computing', 'investment-financing', 'talent-internships', 'trademark-patent']),
  'new-energy': served(['innoex', 'cifit-xiamen'], [10], ['research-collaboration', 'investment-financing', 'listing', 'testing-certification', 'overseas-expansion']),
  'new-materials': served(['innoex', 'cifit-xiamen'], [10], ['research-collaboration', 'technology-transfer', 'trademark-patent', 'testing-certification']),
  'advanced-manufacturing': served(['cifit-xiamen', 'world-fujian-merchants-conference', 'innoex'], [7, 10], ['technology-transfer', 'testing-certification', 'overseas-expansion', 'investment-in-fujian']),
  'low-altitude-economy': served(['innoex'], [10], ['research-collaboration', 'investment-financing', 'testing-certification']),
  biomedicine: served(['innoex'], [10, 25], ['research-collaboration', 'medical-cooperation', 'testing-certification', 'investment-financing', 'listing', 'trademark-patent']),
  'chinese-medicine': served([], [24], ['medical-cooperation', 'testing-certification', 'trademark-patent', 'research-collaboration']),
  healthcare: served([], [23], ['medical-cooperation', 'talent-internships']),
  'logistics-shipping': served([], [3, 4], ['logistics-customs', 'overseas-expansion']),
  aviation: served([], [3], ['logistics-customs', 'tourism-promotion', 'talent-internships']),
  'tourism-hospitality': served(['international-travel-expo', 'fujian-culture-tourism-economy-conference'], [26, 27], ['tourism-promotion', 'cultural-exchange', 'exhibit-find-buyers']),
  'culture-creative': served(['filmart', 'golden-rooster-hundred-flowers-film-festival', 'fujian-culture-tourism-economy-conference'], [13, 14, 15], ['cultural-exchange', 'ip-trading', 'trademark-patent', 'exhibit-find-buyers']),
  publishing: served(['hong-kong-book-fair'], [15], ['exhibit-find-buyers', 'ip-trading', 'cultural-exchange']),
  education: served([], [16, 17, 18, 19, 20, 22], ['education-cooperation', 'talent-internships', 'research-collaboration']),
  'finance-fintech': served([], [1, 2], ['listing', 'bond-issuance', 'investment-financing', 'fund-pooling', 'company-registration']),
  'professional-services': served(['cifit-xiamen', 'world-fujian-merchants-conference'], [5, 6, 11, 12], ['company-registration', 'tax-compliance', 'legal-advice', 'arbitration', 'mediation']),
  'trade-ecommerce': served(['cifit-xiamen', 'world-fujian-merchants-conference'], [5, 8], ['company-registration', 'fund-pooling', 'tax-compliance', 'logistics-customs', 'overseas-expansion', 'exhibit-find-buyers']),
  'green-economy': served(['cifit-xiamen', 'innoex'], [7], ['investment-in-fujian', 'technology-transfer', 'bond-issuance', 'testing-certification']),
  'petrochemicals-chemicals': served(['cifit-xiamen'], [], ['testing-certification', 'logistics-customs', 'investment-in-fujian']),
  'ports-infrastructure': served(['cifit-xiamen'], [4], ['investment-in-fujian', 'logistics-customs', 'bond-issuance']),
} as const satisfies Record<IndustryCode, IndustryServedBy>;
