import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { hasRole, Principal } from '@fhk/platform/auth';
import { Enterprise, EnterpriseContact, INDUSTRIES, Locale, MARKETS, NEEDS } from '@fhk/contracts';
import {
  EnterpriseMatch,
  FUJIAN_CITIES,
  findConcepts,
  MatchableEnterprise,
  matchOpportunities,
  OpportunityMatch,
  OpportunityType,
  rankEnterprises,
  toMatchableEnterprise,
} from '@fhk/matcher/core';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { MatchingCorpusService } from './matching-corpus.service';
import { AdHocMatch, OutreachQuery } from './match-request.schema';

const today = () => new Date().toISOString().slice(0, 10);

/** What the matcher understood of a profile, shown with the results so the reasons make sense. */
function understood(m: MatchableEnterprise, language: Locale) {
  const c = m.classification;
  return {
    language: c.language,
    primaryIndustry: c.primaryIndustry,
    industries: c.industries.map((i) => ({ code: i.code, label: INDUSTRIES[i.code][language], weight: i.weight })),
    needs: c.needs.map((n) => ({ code: n.code, label: NEEDS[n.code][language], weight: n.weight })),
    markets: c.markets.map((k) => ({ code: k.code, label: MARKETS[k.code][language] })),
    city: c.city ? { code: c.city.code, prefecture: c.city.prefecture, label: c.city.labels[language] } : null,
    sizeBand: c.sizeBand,
  };
}

const NOTHING_UNDERSTOOD: Record<Locale, string> = {
  'zh-Hant': '未能從描述中辨認出行業、產品或需要。請用幾個詞描述企業做甚麼、需要甚麼。',
  'zh-Hans': '未能从描述中辨认出行业、产品或需要。请用几个词描述企业做什么、需要什么。',
  en: 'Nothing in the description names an industry, a product or a need. Say in a few words what the firm makes and what it needs.',
};

@Injectable()
export class MatchingService {
  constructor(
    private readonly corpus: MatchingCorpusService,
    private readonly readModel: ReadModelRepository,
  ) {}

  async matchAdHoc(request: AdHocMatch) {
    const { types, limit, language, ...profile } = request;
    return this.forward(toMatchableEnterprise(profile), { types: types as OpportunityType[] | undefined, limit, language: language ?? undefined });
  }

  /** The owner's matches, or any firm's for profiles-admin; for anyone else a missing and a foreign firm look the same (403). */
  async matchStored(principal: Principal, id: string, options: { types?: OpportunityType[]; limit: number; language?: Locale }) {
    const found = await this.readModel.enterprise(id);
    const admin = hasRole(principal, 'profiles-admin');
    const enterprise = found && (admin || (found.ownerId ?? null) === principal.subject) ? found : null;
    if (!enterprise && !admin) {
      throw new ForbiddenException({ message: 'This is not a firm of yours', issues: [{ field: 'id', reason: 'not yours' }] });
    }
    if (!enterprise) {
      throw new NotFoundException({ message: `The matcher knows no enterprise with id ${id}`, issues: [{ field: 'id', reason: 'not found (or not yet received from enterprise-profiles)' }] });
    }
    return { enterprise: { id: enterprise.id, name: enterprise.name }, ...(await this.forward(this.corpus.matchable(enterprise), options)) };
  }

  private async forward(m: MatchableEnterprise, options: { types?: OpportunityType[]; limit: number; language?: Locale }) {
    const language = options.language ?? m.classification.language;
    const results: OpportunityMatch[] = matchOpportunities(m, await this.corpus.opportunities(), { ...options, language, today: today() });
    const profile = understood(m, language);
    const nothing = results.length === 0 && profile.industries.length === 0 && profile.needs.length === 0 && m.productTerms.length === 0;
    return { profile, results, ...(nothing ? { note: NOTHING_UNDERSTOOD[language] } : {}) };
  }

  /** Firms to invite for one opportunity, best first, filtered, with reasons in the staff's language. */
  async outreach(type: OpportunityType, id: string, query: OutreachQuery): Promise<{ total: number; items: Array<EnterpriseMatch & { contact: EnterpriseContact | null }> }> {
    const corpus = await this.corpus.opportunities();
    const opportunity = corpus.get(type, id);
    if (!opportunity) throw new NotFoundException({ message: `No ${type} with id ${id}`, issues: [{ field: 'id', reason: 'not found' }] });
    const keep = this.outreachFilter(query);
    const firms = (await this.readModel.liveEnterprises()).filter((e) => keep.before(e));
    const candidates = firms.map((e) => this.corpus.matchable(e)).filter(keep.after);
    const ranked = rankEnterprises(opportunity, candidates, corpus, { today: today(), language: query.lang });
    // Contact details travel with the list only for firms that consent to outreach now.
    const contacts = new Map(firms.map((e) => [e.id, e.outreachConsent ? (e.contact ?? null) : null]));
    return { total: ranked.length, items: ranked.slice(query.offset, query.offset + query.limit).map((m) => ({ ...m, contact: contacts.get(m.id) ?? null })) };
  }

  private outreachFilter(query: OutreachQuery) {
    const cityConcepts = query.city ? findConcepts(query.city, { kinds: ['city'] }) : [];
    const prefectures = new Set(cityConcepts.map((c) => FUJIAN_CITIES[c.code as keyof typeof FUJIAN_CITIES].prefecture));
    const industry = query.industry
      ? (query.industry in INDUSTRIES ? query.industry : findConcepts(query.industry, { kinds: ['industry'] })[0]?.code) ?? `unknown:${query.industry}`
      : null;
    return {
      before: (e: Enterprise) =>
        (!query.consent || e.outreachConsent) &&
        (query.minEmployees === undefined || (e.employees ?? -1) >= query.minEmployees) &&
        (query.maxEmployees === undefined || (e.employees ?? Infinity) <= query.maxEmployees),
      after: (m: MatchableEnterprise) =>
        (!query.city ||
          (prefectures.size > 0 ? !!m.classification.city && prefectures.has(m.classification.city.prefecture) : m.profile.city.includes(query.city))) &&
        (!industry || m.classification.industries.some((i) => i.code === industry)),
    };
  }
}
