import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { hasRole, Principal } from '@fhk/platform/auth';
import { Enterprise, EnterpriseContact, INDUSTRIES, Locale, MARKETS, NEEDS } from '@fhk/contracts';
import {
  EnterpriseMatch,
  FeedbackAdjuster,
  feedbackAdjuster,
  FUJIAN_CITIES,
  findConcepts,
  MatchableEnterprise,
  matchOpportunities,
  message,
  OpportunityMatch,
  OpportunityType,
  OutreachCache,
  OutreachFilter,
  outreachPage,
  planJourney,
  eventsAhead,
  quoteEach,
} from '@fhk/matcher/core';
import { MatchFeedbackRepository } from '../feedback/match-feedback.repository';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { AdHocAnalysisCache } from './ad-hoc-analysis-cache';
import { MatchingCorpusService } from './matching-corpus.service';
import { AdHocJourney, AdHocMatch, OutreachQuery } from './match-request.schema';

const today = () => new Date().toISOString().slice(0, 10);

/** What the matcher understood of a profile, shown with the results so the reasons make sense. */
function understood(m: MatchableEnterprise, language: Locale) {
  const c = m.classification;
  return {
    language: c.language,
    primaryIndustry: c.primaryIndustry,
    industries: c.industries.map((i) => ({ code: i.code, label: INDUSTRIES[i.code][language], weight: i.weight })),
    needs: c.needs.map((n) => ({ code: n.code, label: NEEDS[n.code][language], weight: n.weight })),
    declinedNeeds: c.declinedNeeds.map((code) => ({ code, label: NEEDS[code][language] })),
    doneNeeds: c.doneNeeds.map((code) => ({ code, label: NEEDS[code][language] })),
    notUnderstood: c.notUnderstood,
    markets: c.markets.map((k) => ({ code: k.code, label: MARKETS[k.code][language] })),
    city: c.city ? { code: c.city.code, prefecture: c.city.prefecture, label: c.city.labels[language] } : null,
    sizeBand: c.sizeBand,
  };
}


/** Outreach rankings kept for the next pages and repeat views (least recently used dropped first). */
const OUTREACH_RANKINGS = 256;
/** Ad-hoc profiles' analyses kept, by the characters of their texts (a few hundred typical descriptions; a few MB). */
const AD_HOC_ANALYSIS_CHARACTERS = 1 << 18;

@Injectable()
export class MatchingService {
  private readonly outreachRankings = new OutreachCache(OUTREACH_RANKINGS);
  private readonly adHocAnalyses = new AdHocAnalysisCache(AD_HOC_ANALYSIS_CHARACTERS);

  constructor(
    private readonly corpus: MatchingCorpusService,
    private readonly readModel: ReadModelRepository,
    private readonly feedback: MatchFeedbackRepository,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  async matchAdHoc(request: AdHocMatch) {
    const { types, limit, language, ...profile } = request;
    return this.forward(this.adHocAnalyses.analysisOf(profile), { types: types as OpportunityType[] | undefined, limit, language: language ?? undefined });
  }

  async matchStored(principal: Principal, id: string, options: { types?: OpportunityType[]; limit: number; language?: Locale }) {
    const enterprise = await this.storedEnterprise(principal, id);
    const m = this.corpus.matchable(enterprise);
    return { enterprise: { id: enterprise.id, name: enterprise.name }, ...(await this.forward(m, { ...options, feedback: await this.feedbackOf(enterprise.id, m) })) };
  }

  async journeyAdHoc(request: AdHocJourney) {
    const { language, ...profile } = request;
    const m = this.adHocAnalyses.analysisOf(profile);
    return { profile: understood(m, language ?? m.classification.language), journey: planJourney(m, await this.corpus.opportunities(), { today: today(), language: language ?? undefined }) };
  }

  async journeyStored(principal: Principal, id: string, language?: Locale) {
    const enterprise = await this.storedEnterprise(principal, id);
    const m = this.corpus.matchable(enterprise);
    return {
      enterprise: { id: enterprise.id, name: enterprise.name },
      profile: understood(m, language ?? m.classification.language),
      journey: planJourney(m, await this.corpus.opportunities(), { today: today(), language }),
    };
  }

  /** The events of the next twelve months that fit the firm, best first, with dates and deadlines. */
  async eventsAheadAdHoc(request: AdHocJourney) {
    const { language, ...profile } = request;
    const m = this.adHocAnalyses.analysisOf(profile);
    return { profile: understood(m, language ?? m.classification.language), events: eventsAhead(m, await this.corpus.opportunities(), { today: today(), language: language ?? undefined }) };
  }

  async eventsAheadStored(principal: Principal, id: string, language?: Locale) {
    const enterprise = await this.storedEnterprise(principal, id);
    const m = this.corpus.matchable(enterprise);
    return {
      enterprise: { id: enterprise.id, name: enterprise.name },
      profile: understood(m, language ?? m.classification.language),
      events: eventsAhead(m, await this.corpus.opportunities(), { today: today(), language, feedback: await this.feedbackOf(enterprise.id, m) }),
    };
  }

  /** The matcher's part of a firm's data export: matches, journey, feedback, audit entries (the export itself is audited). */
  async exportOf(principal: Principal, id: string) {
    const enterprise = await this.storedEnterprise(principal, id);
    await this.audit.record('export', [{ type: 'enterprise', id, enterpriseId: id }]);
    const m = this.corpus.matchable(enterprise);
    const [matches, feedback, audit] = await Promise.all([
      this.forward(m, { limit: 50, feedback: await this.feedbackOf(id, m) }),
      this.feedback.log(id),
      this.audit.find({ enterpriseId: id, limit: 10_000, offset: 0 }),
    ]);
    return {
      service: 'matcher',
      exportedAt: new Date().toISOString(),
      enterprise: { id: enterprise.id, name: enterprise.name },
      matches,
      journey: planJourney(m, await this.corpus.opportunities(), { today: today() }),
      feedback,
      audit: audit.items,
    };
  }

  private storedEnterprise(principal: Principal, id: string): Promise<Enterprise> {
    return this.readModel.enterpriseFor(principal, id);
  }

  /** The firm's own feedback, and that of firms in its primary industry, as score factors. */
  private async feedbackOf(enterpriseId: string, m: MatchableEnterprise): Promise<FeedbackAdjuster | undefined> {
    const corpus = await this.corpus.opportunities();
    const [own, peers] = await Promise.all([
      this.feedback.ofEnterprise(enterpriseId),
      this.feedback.peersByGroup(m.classification.primaryIndustry, (key) => corpus.groupOf(key)),
    ]);
    return own.length || peers.size ? feedbackAdjuster(corpus, own, peers) : undefined;
  }

  private async forward(m: MatchableEnterprise, options: { types?: OpportunityType[]; limit: number; language?: Locale; feedback?: FeedbackAdjuster }) {
    const language = options.language ?? m.classification.language;
    const results: OpportunityMatch[] = matchOpportunities(m, await this.corpus.opportunities(), { ...options, language, today: today() });
    const profile = understood(m, language);
    const notes: string[] = [];
    if (results.length === 0) notes.push(message(language, 'note.nothing-understood'));
    else if (results[0].partial) notes.push(message(language, 'note.partial'));
    if (profile.notUnderstood.length) notes.push(message(language, 'note.not-understood', { quotedPlain: quoteEach(language, profile.notUnderstood) }));
    return { profile, results, ...(notes.length ? { note: notes.join(' ') } : {}) };
  }

  /**
   * Firms to invite for one opportunity, best first, filtered, with reasons in the staff's language;
   * contact details only for agency staff and profiles-admin (platform-admin reads without them, ADR 0009).
   */
  async outreach(
    principal: Principal,
    type: OpportunityType,
    id: string,
    query: OutreachQuery,
  ): Promise<{ total: number; items: Array<EnterpriseMatch & { contact: EnterpriseContact | null }> }> {
    const corpus = await this.corpus.opportunities();
    const opportunity = corpus.get(type, id);
    if (!opportunity) throw new NotFoundException({ message: `No ${type} with id ${id}`, issues: [{ field: 'id', reason: 'not found' }] });
    // The filters are columns of the firm index, applied in the walk that finds the candidates (no list of firms per request).
    const firms = await this.corpus.enterprises();
    // A ranking depends on the firms (the index's revision) and the filters; the cache checks the rest.
    const key = JSON.stringify([firms.revision, query.city, query.industry, query.minEmployees, query.maxEmployees, query.consent]);
    const page = outreachPage(opportunity, firms, this.outreachFilter(query), corpus, {
      today: today(),
      language: query.lang,
      offset: query.offset,
      limit: query.limit,
      cache: { pages: this.outreachRankings, key },
    });
    // Contact details travel with the list only for firms that consent to outreach now (the index follows every change,
    // and the read model's row, read for the page's firms alone since the index keeps no contacts, must say so too),
    // and only to the roles that may read them.
    const readsContacts = hasRole(principal, 'agency-staff', 'profiles-admin');
    const contactOf = async (m: MatchableEnterprise): Promise<EnterpriseContact | null> => {
      if (!readsContacts || !m.outreachConsent || m.id === null) return null;
      const entity = await this.readModel.enterprise(m.id);
      return entity?.outreachConsent ? (entity.contact ?? null) : null;
    };
    const contacts = await Promise.all(page.items.map((m) => contactOf(m.enterprise)));
    return { total: page.total, items: page.items.map((m, k) => ({ ...m, contact: contacts[k] })) };
  }

  /**
   * The query's filters as the firm index reads them: a city the dictionary knows by its
   * prefecture (泉州, Quanzhou, 晉江), any other as text in the firm's city; an industry by code or
   * by name in any language (one no dictionary entry names: no firm).
   */
  private outreachFilter(query: OutreachQuery): OutreachFilter {
    const cityConcepts = query.city ? findConcepts(query.city, { kinds: ['city'] }) : [];
    const prefectures = [...new Set(cityConcepts.map((c) => FUJIAN_CITIES[c.code as keyof typeof FUJIAN_CITIES].prefecture as string))];
    const industry = query.industry
      ? (query.industry in INDUSTRIES ? query.industry : findConcepts(query.industry, { kinds: ['industry'] })[0]?.code) ?? `unknown:${query.industry}`
      : undefined;
    return {
      consentingOnly: query.consent,
      minEmployees: query.minEmployees,
      maxEmployees: query.maxEmployees,
      ...(query.city ? (prefectures.length > 0 ? { prefectures } : { cityText: query.city }) : {}),
      industry,
    };
  }
}
