import type { IndustryCode, NeedCode } from '@fhk/contracts';

/**
 * Slugs of calendar events the event-calendar service publishes (its seed data). The core cannot
 * read that data (no I/O here): tools/architecture/data-consistency.spec.ts checks every slug exists.
 */
export const OPPORTUNITY_EVENT_SLUGS = [
  'hong-kong-electronics-fair-spring',
  'hong-kong-electronics-fair-autumn',
  'hong-kong-watch-clock-fair',
  'hong-kong-gifts-premium-fair',
  'hong-kong-toys-games-fair',
  'food-expo',
  'food-expo-pro',
  'hong-kong-international-tea-fair',
  'hong-kong-international-wine-spirits-fair',
  'innoex',
  'filmart',
  'hong-kong-book-fair',
  'international-travel-expo-hong-kong',
  'digital-china-summit',
  'china-international-fair-for-investment-and-trade',
  'world-fujian-merchants-conference',
  'golden-rooster-hundred-flowers-film-festival',
  'fujian-culture-tourism-economy-development-conference',
  'eco-expo-asia',
  'hong-kong-international-lighting-fair-spring',
  'hong-kong-international-lighting-fair-autumn',
  'electronicasia',
  'centrestage',
  'hong-kong-houseware-fair',
  'hong-kong-international-home-textiles-furnishings-fair',
  'hong-kong-international-jewellery-show',
  'hong-kong-international-medical-healthcare-fair',
  'hong-kong-international-printing-packaging-fair',
  'asian-logistics-maritime-aviation-conference',
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
 * film and publishing; 16-22 education and youth; 23-25 health; 26-27 tourism). The other Hong
 * Kong fairs listed (Eco Expo Asia, the Houseware Fair…) come only under measure 8's general call
 * to join international fairs, so they add no measure to the industries they serve.
 */
export const INDUSTRY_SERVED_BY = {
  tea: served(['hong-kong-international-tea-fair', 'food-expo-pro'], [8], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'testing-certification', 'overseas-expansion']),
  'food-beverage': served(['food-expo', 'food-expo-pro'], [8], ['exhibit-find-buyers', 'testing-certification', 'brand-building', 'logistics-customs', 'trademark-patent']),
  'wine-spirits': served(['hong-kong-international-wine-spirits-fair'], [8], ['exhibit-find-buyers', 'testing-certification', 'brand-building', 'logistics-customs']),
  'agriculture-fisheries': served(['food-expo-pro', 'food-expo'], [8], ['exhibit-find-buyers', 'testing-certification', 'logistics-customs']),
  'textiles-apparel': served(['centrestage'], [], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'overseas-expansion']),
  footwear: served(['centrestage'], [], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'overseas-expansion']),
  'toys-games': served(['hong-kong-toys-games-fair'], [8], ['exhibit-find-buyers', 'testing-certification', 'trademark-patent', 'brand-building']),
  'gifts-crafts': served(['hong-kong-gifts-premium-fair'], [8], ['exhibit-find-buyers', 'trademark-patent', 'brand-building']),
  'ceramics-building-materials': served(['hong-kong-houseware-fair', 'hong-kong-gifts-premium-fair'], [], ['exhibit-find-buyers', 'testing-certification', 'brand-building']),
  'furniture-home': served(['hong-kong-houseware-fair', 'hong-kong-international-home-textiles-furnishings-fair', 'hong-kong-gifts-premium-fair'], [], ['exhibit-find-buyers', 'brand-building', 'testing-certification']),
  lighting: served(['hong-kong-international-lighting-fair-spring', 'hong-kong-international-lighting-fair-autumn'], [], ['exhibit-find-buyers', 'testing-certification', 'brand-building', 'trademark-patent']),
  'watches-jewellery': served(['hong-kong-watch-clock-fair'], [8], ['exhibit-find-buyers', 'brand-building', 'trademark-patent']),
  jewellery: served(['hong-kong-international-jewellery-show'], [], ['exhibit-find-buyers', 'brand-building', 'trademark-patent', 'testing-certification']),
  electronics: served(['hong-kong-electronics-fair-spring', 'hong-kong-electronics-fair-autumn', 'electronicasia', 'hong-kong-international-lighting-fair-spring', 'hong-kong-international-lighting-fair-autumn', 'innoex'], [8, 10], ['exhibit-find-buyers', 'testing-certification', 'trademark-patent', 'technology-transfer', 'research-collaboration']),
  'information-technology': served(['innoex', 'digital-china-summit'], [9, 10], ['data-computing', 'trademark-patent', 'investment-financing', 'research-collaboration', 'talent-internships']),
  'digital-economy': served(['digital-china-summit', 'innoex'], [9], ['data-computing', 'investment-financing', 'research-collaboration']),
  'artificial-intelligence': served(['innoex', 'digital-china-summit'], [9, 10], ['research-collaboration', 'data-computing', 'investment-financing', 'talent-internships', 'trademark-patent']),
  'new-energy': served(['eco-expo-asia', 'innoex', 'china-international-fair-for-investment-and-trade'], [10], ['research-collaboration', 'investment-financing', 'listing', 'testing-certification', 'overseas-expansion']),
  'new-materials': served(['innoex', 'china-international-fair-for-investment-and-trade'], [10], ['research-collaboration', 'technology-transfer', 'trademark-patent', 'testing-certification']),
  'advanced-manufacturing': served(['china-international-fair-for-investment-and-trade', 'world-fujian-merchants-conference', 'innoex', 'electronicasia'], [7], ['technology-transfer', 'testing-certification', 'overseas-expansion', 'investment-in-fujian']),
  'low-altitude-economy': served(['innoex'], [10], ['research-collaboration', 'investment-financing', 'testing-certification']),
  biomedicine: served(['innoex', 'hong-kong-international-medical-healthcare-fair'], [10, 25], ['research-collaboration', 'medical-cooperation', 'testing-certification', 'investment-financing', 'listing', 'trademark-patent']),
  'chinese-medicine': served([], [24], ['medical-cooperation', 'testing-certification', 'trademark-patent', 'research-collaboration']),
  healthcare: served(['hong-kong-international-medical-healthcare-fair'], [23, 24, 25], ['medical-cooperation', 'talent-internships']),
  'logistics-shipping': served(['asian-logistics-maritime-aviation-conference'], [3, 4, 27], ['logistics-customs', 'overseas-expansion']),
  aviation: served(['asian-logistics-maritime-aviation-conference'], [3], ['logistics-customs', 'tourism-promotion', 'talent-internships']),
  'tourism-hospitality': served(['international-travel-expo-hong-kong', 'fujian-culture-tourism-economy-development-conference'], [26, 27], ['tourism-promotion', 'cultural-exchange', 'exhibit-find-buyers']),
  'culture-creative': served(['filmart', 'golden-rooster-hundred-flowers-film-festival', 'fujian-culture-tourism-economy-development-conference'], [13, 14, 15], ['cultural-exchange', 'ip-trading', 'trademark-patent', 'exhibit-find-buyers']),
  publishing: served(['hong-kong-book-fair', 'hong-kong-international-printing-packaging-fair'], [15], ['exhibit-find-buyers', 'ip-trading', 'cultural-exchange']),
  education: served([], [16, 17, 18, 19, 20, 22], ['education-cooperation', 'talent-internships', 'research-collaboration']),
  'finance-fintech': served([], [1, 2, 6], ['listing', 'bond-issuance', 'investment-financing', 'fund-pooling', 'company-registration']),
  'professional-services': served(['china-international-fair-for-investment-and-trade', 'world-fujian-merchants-conference'], [5, 6, 7, 8, 11, 12], ['company-registration', 'tax-compliance', 'legal-advice', 'arbitration', 'mediation']),
  'trade-ecommerce': served(['china-international-fair-for-investment-and-trade', 'world-fujian-merchants-conference'], [3, 4, 5, 8], ['company-registration', 'fund-pooling', 'tax-compliance', 'logistics-customs', 'overseas-expansion', 'exhibit-find-buyers']),
  'green-economy': served(['eco-expo-asia', 'china-international-fair-for-investment-and-trade', 'innoex'], [7, 20], ['investment-in-fujian', 'technology-transfer', 'bond-issuance', 'testing-certification']),
  'petrochemicals-chemicals': served(['china-international-fair-for-investment-and-trade'], [], ['testing-certification', 'logistics-customs', 'investment-in-fujian']),
  'ports-infrastructure': served(['china-international-fair-for-investment-and-trade', 'asian-logistics-maritime-aviation-conference'], [3, 4], ['investment-in-fujian', 'logistics-customs', 'bond-issuance']),
} as const satisfies Record<IndustryCode, IndustryServedBy>;
