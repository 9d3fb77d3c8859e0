import { INDUSTRIES, MARKETS, NEEDS, PRECONDITIONS, SERVES } from '@fhk/contracts';
import type { LocalizedText, Locale } from '@fhk/contracts';
import { joinList, message, MessageKey, monthName, quoteEach } from '../messages/message-catalogue';
import { MatchReason, ReasonCode } from './match-types';

type Labelled = Record<string, LocalizedText>;

export const labelsOf = (table: Labelled, codes: readonly string[], language: Locale): string[] =>
  codes.map((c) => table[c]?.[language] ?? c);

/** Which vocabulary a reason's codes come from, for its labels. */
const LABELS: Partial<Record<ReasonCode, Labelled>> = {
  industry: INDUSTRIES,
  'industry-mismatch': INDUSTRIES,
  need: NEEDS,
  'declined-need': NEEDS,
  'no-need-met': NEEDS,
  'done-need': NEEDS,
  'target-market': MARKETS,
  direction: SERVES,
  'people-audience': SERVES,
  'precondition-unmet': PRECONDITIONS,
};

/** "Listing (IPO)" → "listing (IPO)"; "Hong Kong …" and "ASEAN" stay as they are. */
const lowerFirst = (label: string) => (/^[A-Z][a-z]/.test(label) && !/^(Hong|Fujian|Macao|Belt|Middle|Europe|North|Japan|Mainland|RCEP|ASEAN)\b/.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

export interface ReasonInput {
  code: ReasonCode;
  codes: readonly string[];
  terms: readonly string[];
  contribution: number;
  /** The need was understood by the classifier from a whole clause (quoted as such). */
  understood?: boolean;
  /** A no-need-met reason: the item meets only side needs of its own, made for another trade. */
  sideNeed?: boolean;
  place?: LocalizedText | null;
  employees?: number | null;
  date?: string | null;
  month?: number | null;
  tentative?: boolean;
  /** What the firm named: an event, or another kind of opportunity (a provider, a programme). */
  named?: 'event' | 'other';
  /** Feedback reason code, and whose (the firm's own on this item, on a similar item, or peers'). */
  feedback?: { reason: string; scope: 'item' | 'similar' | 'peers' };
}

/**
 * `reason.<code>` of every code, made once: a key built per sentence is a new string, hashed
 * again at each catalogue lookup (~100 sentences a forward match).
 */
const REASON_KEYS = new Map<string, MessageKey>();
const reasonKey = (code: ReasonCode): MessageKey => {
  let key = REASON_KEYS.get(code);
  if (!key) REASON_KEYS.set(code, (key = `reason.${code}` as MessageKey));
  return key;
};

function keyOf(r: ReasonInput): MessageKey {
  switch (r.code) {
    case 'need':
      return r.understood ? 'reason.need.understood' : 'reason.need';
    case 'next-edition':
      return r.date ? (r.tentative ? 'reason.next-edition.tentative' : 'reason.next-edition') : 'reason.next-edition.usual-month';
    case 'no-need-met':
      return r.sideNeed ? 'reason.no-need-met.side' : r.codes.length ? 'reason.no-need-met.minor' : 'reason.no-need-met';
    case 'named-event':
      return r.named === 'other' ? 'reason.named-opportunity' : 'reason.named-event';
    case 'feedback':
      return r.feedback?.scope === 'item' ? 'reason.feedback.removed' : r.feedback?.scope === 'peers' ? 'reason.feedback.peers' : 'reason.feedback.similar';
    default:
      return reasonKey(r.code);
  }
}

/**
 * The sentence of a reason in `language`, from the message catalogue. Parameters are worked out
 * only when the sentence names them (labels, quoted lists, the month's name).
 */
export function reasonText(r: ReasonInput, language: Locale): string {
  const table = LABELS[r.code];
  let labelsNow: string[] | null = null;
  const labels = () => (labelsNow ??= table ? labelsOf(table, r.codes, language) : []);
  const param = (name: string): string | number | undefined => {
    switch (name) {
      case 'labels':
      case 'serves':
        return joinList(language, labels());
      case 'labelsLower':
        return joinList(language, language === 'en' ? labels().map(lowerFirst) : labels());
      case 'quoted':
        return r.terms.length ? message(language, 'quote.wrap', { quoted: quoteEach(language, r.terms) }) : '';
      case 'quotedPlain':
        return quoteEach(language, r.terms);
      case 'terms':
        return joinList(language, r.terms);
      case 'place':
        return r.place?.[language] ?? '';
      case 'employees':
        return r.employees ?? '';
      case 'date':
        return r.date ?? '';
      case 'month':
        return r.month ? monthName(language, r.month) : '';
      case 'feedback':
        return r.feedback ? message(language, `feedback.${r.feedback.reason}` as MessageKey) : '';
      default:
        return undefined;
    }
  };
  return message(language, keyOf(r), param);
}

export function reason(input: ReasonInput, language: Locale): MatchReason {
  return {
    code: input.code,
    codes: input.codes,
    terms: input.terms,
    contribution: Math.round(input.contribution * 1000) / 1000,
    text: reasonText(input, language),
  };
}

/** Reasons about what the opportunity is for the firm (as opposed to dates): a result needs one. */
export const TOPICAL_REASONS: ReadonlySet<ReasonCode> = new Set(['industry', 'need', 'named-event', 'product-term', 'keyword', 'target-market', 'city']);
