import type { AudienceCode, IndustryCode, NeedCode } from '@fhk/contracts';
import { FUJIAN_CITIES } from '../dictionary/data/fujian-cities.data';
import { OpportunityProfile } from './match-types';

/**
 * Audiences of people rather than organisations. An opportunity only for them (a youth study
 * tour, a residence permit) is discounted for a firm, unless it is in the firm's own industry
 * (an education programme for students is for a university too).
 */
const PEOPLE_AUDIENCES: ReadonlySet<AudienceCode> = new Set(['youth', 'general-public', 'hong-kong-residents', 'universities-students']);

/** What the scoring rules read of an opportunity that depends on it alone, derived once per analysed profile. */
export interface ScoringFeatures {
  /** Prefectures of the Fujian cities it names. */
  readonly prefectures: ReadonlySet<string>;
  /** Its industries tagged or found with weight ≥ 0.8 (what it is focused on). */
  readonly focused: readonly IndustryCode[];
  /** The one industry its title names, if exactly one. */
  readonly titleIndustry: IndustryCode | undefined;
  /** Its need codes, in tag order. */
  readonly needCodes: readonly NeedCode[];
  /** Its first need of weight ≥ 1 (the main one), if any. */
  readonly mainNeed: NeedCode | undefined;
  /** It serves no stated party and only audiences of people (youth, students, the public). */
  readonly peopleOnly: boolean;
}

const features = new WeakMap<OpportunityProfile, ScoringFeatures>();

/** The features of `o` (profiles are immutable: a new version is a new profile object). */
export function scoringFeaturesOf(o: OpportunityProfile): ScoringFeatures {
  let f = features.get(o);
  if (!f) {
    f = {
      prefectures: new Set([...o.cities].map((code) => FUJIAN_CITIES[code].prefecture)),
      focused: [...o.industries.entries()].filter(([, w]) => w >= 0.8).map(([code]) => code),
      titleIndustry: o.titleIndustries.size === 1 ? [...o.titleIndustries][0] : undefined,
      needCodes: [...o.needs.keys()],
      mainNeed: [...o.needs.entries()].find(([, w]) => w >= 1)?.[0],
      peopleOnly: o.serves.size === 0 && o.audiences.size > 0 && [...o.audiences].every((a) => PEOPLE_AUDIENCES.has(a)),
    };
    features.set(o, f);
  }
  return f;
}
