import type { NeedCode } from '@fhk/contracts';
import type { ConceptMatch } from '../dictionary/term-dictionary';
import { needClassifier } from './need-model';
import { cueText, needClauses } from './need-clauses';
import { normalizeWithSourceMap, sourceSpan } from '../text/text-normalizer';

/** Posterior a classifier need must reach to count (precision and recall at this value: ADR 0011). */
export const NEED_CLASSIFIER_THRESHOLD = 0.6;
/** Posterior for a second need in a clause where the dictionary already found one. */
export const NEED_CLASSIFIER_SURE = 0.95;
/**
 * A need only the classifier found counts this much of a dictionary mention: it is a reading of a
 * clause, not the firm's words, and should not outrank a need the firm named because items share its trade.
 */
export const CLASSIFIER_NEED_WEIGHT = 0.6;
/**
 * The needs whose dictionary terms name money of any kind (資金, funds, capital, invest): a firm
 * raising it, pooling what it has, or investing it in Fujian all write them.
 */
const MONEY_WORD_NEEDS: ReadonlySet<NeedCode> = new Set(['investment-financing']);
/**
 * A money word says less than its clause: where the classifier, reading the whole clause, is sure
 * of another need (posterior ≥ NEED_CLASSIFIER_SURE) and gives the term's need at most this
 * posterior (海外子公司的資金想統一在香港管理: money to pool), the clause's reading counts as the
 * firm's words, beside the term, not as a reading at CLASSIFIER_NEED_WEIGHT (ADR 0011, thirteenth amendment).
 */
export const CONTRADICTED_TERM = 0.05;
/** A need the firm puts off ("a listing is a longer-term option") counts this much of one it wants now. */
export const DEFERRED_NEED_WEIGHT = 0.5;

/**
 * The parties a firm sells to. Named in a clause about their not paying ("our buyers keep paying
 * late", "經銷商拖欠貨款"), they are the other side of a dispute, not buyers the firm wants to find;
 * so are those it already sells to, named as a party (`namesAParty`).
 */
const PARTY_TERMS: ReadonlySet<string> = new Set(['buyer', 'distributor', 'importers', 'importer', 'wholesal', '买家', '采购商', '经销商', '代理商', '分销商']);
const DISPUTE_CUES = [
  'paying late', 'pay late', 'not paid', 'not pay', 'unpaid', 'owe', 'went bust', 'gone bust', 'bankrupt', 'default', 'refuse to pay', 'refuses to pay',
  "won't pay", 'will not pay', 'stopped paying', 'overdue', '拖欠', '欠款', '欠我', '欠了', '不付', '拒付', '未付', '没付', '冇俾', '唔俾钱', '赖账', '倒闭', '破产', '索赔',
];
const isDisputeClause = (clause: string) => {
  const folded = cueText(clause);
  return DISPUTE_CUES.some((cue) => folded.includes(cue));
};

/**
 * The parties a firm already sells to, named as those who act ("our US buyers order less", "a
 * report that buyers trust", "我们的买家要求…"): a party of its trade, not buyers it wants to find.
 * A word of seeking before the term in the clause ("find new buyers", "meet our buyers") keeps the wish.
 */
const PARTY_OWNER_BEFORE = /(\b(our|my|existing|current|their)\b(\s+[^\s,;:]+){0,3}\s*|(我们的|我司的|我哋嘅|现有|原有)[^，,；;：:]{0,4})$/;
const PARTY_ACTS_AFTER = /^'?s?\s*(trust|ask|order|want|require|demand|expect|need|prefer|insist|request|complain|accept|care|look at|check|audit|say|often|always|now|increasingly|keep|要求|希望|反映|下单|信任|认可|订单)/;
const SEEKING_BEFORE = /\b(find|finding|meet|meeting|reach|look for|looking for|seek|seeking|new|more|attract|win|connect|approach|contact|sign|match|source|get)\b|找|对接|接触|寻|拓展|开拓|开发|认识|结识|更多/;
/** The party a payment comes from ("receive USD payment from foreign buyer", "get the deposit from our buyers"): it pays, it is not sought. */
const PARTY_PAYS_BEFORE = /\b(payment|payments|paid|money|deposit|deposits|remittance|remittances|transfer|transfers|usd|rmb|eur|euros|dollars)\s+from(\s+[^\s,;:]+){0,3}\s*$/;
const namesAParty = (text: string, clause: { start: number; end: number }, c: ConceptMatch) => {
  const before = cueText(text.slice(clause.start, c.start));
  const after = cueText(text.slice(c.end, clause.end));
  return PARTY_PAYS_BEFORE.test(before) || (!SEEKING_BEFORE.test(before) && (PARTY_OWNER_BEFORE.test(before) || PARTY_ACTS_AFTER.test(after)));
};

/**
 * An exhibition the firm brings, holds or tours ("bring an exhibition … to Hong Kong", "hold our own
 * exhibition", "在香港舉辦非遺展覽", "把展覽帶到香港") is a show of its own, not a fair where it
 * exhibits to find buyers; attending one ("exhibit at", "take part in an exhibition", 參展) still is.
 */
const EXHIBITION_TERMS: ReadonlySet<string> = new Set(['exhibit', '展览']);
const SHOW_VERB_BEFORE = /(\b(bring|bringing|hold|holding|host|hosting|stage|staging|organi[sz]e|organi[sz]ing|put on|putting on|curate|curating|mount|mounting)\b(\s+[^\s,;:]+){0,3}\s*|\b(own|solo|touring|travelling|traveling)\s+|(举办|主办|办|策划|巡回)[^，,；;：:]{0,6})$/;
const SHOW_VERB_AFTER = /^\s*(带到|带去|带来|搬到|巡回|巡展)/;
const bringsAShow = (text: string, clause: { start: number; end: number }, c: ConceptMatch) =>
  EXHIBITION_TERMS.has(c.term) && (SHOW_VERB_BEFORE.test(cueText(text.slice(clause.start, c.start))) || SHOW_VERB_AFTER.test(cueText(text.slice(c.end, clause.end))));

/**
 * Other firms' brands an OEM makes for ("OEM/ODM for EU and US brands", "we supply big brands",
 * "produce for international brands"): its customers, as 品牌商 and "brand owners" are, not a brand
 * of its own to build. Only the plural after a verb of supplying or "for", and not "our" or "own" brands.
 */
const BRANDS_SUPPLIED_BEFORE = /\b(for|supply|supplying|supplies|serve|serving|make for|making for|produce for|producing for|manufacture for|manufacturing for|oem for|odm for)((?:\s+(?!our\b|own\b|my\b)[^\s,;:]+){0,4})\s*$/;
const brandsSupplied = (text: string, clause: { start: number }, c: ConceptMatch) =>
  c.code === 'brand-building' && c.term === 'brand' && /s$/i.test(c.matched) && BRANDS_SUPPLIED_BEFORE.test(cueText(text.slice(clause.start, c.start)));

/**
 * The firm as the investor ("set up the company in Pingtan as HK investor", "as a Hong Kong
 * investor", 作為香港投資者, 以香港投資者身份): a Hong Kong investor coming into Fujian, not a wish to find
 * investors (the clause's company or investment still reads as written).
 */
const INVESTOR_TERMS: ReadonlySet<string> = new Set(['investor', 'investors', '投资者', '投资人']);
const AS_AN_INVESTOR_BEFORE = /(\bas\s+(?:an?\s+|the\s+)?(?:hk|hong kong)(?:\s+(?:company|firm|business))?\s*|(?:作为|以)(?:一名|一个|一家)?(?:香港|港资|港方)(?:企业|公司)?的?)$/;
const firmIsTheInvestor = (text: string, clause: { start: number }, c: ConceptMatch) =>
  c.code === 'investment-financing' && INVESTOR_TERMS.has(c.term) && AS_AN_INVESTOR_BEFORE.test(cueText(text.slice(clause.start, c.start)));

/**
 * A company set up with its kind named between the verb and 公司 (设立贸易公司, 開間銷售公司,
 * 设立海外投资平台公司, 成立香港公司): the dictionary knows 设立公司 and 开一家公司, not every
 * kind a firm puts in between, as English has "set up a Hong Kong company" through the words a
 * phrase may hold. Up to six characters between, none a punctuation mark; 设 and 开 not as
 * 设计 (design), 设有 (has), 开发 (develop), 开拓, 开展 and the like; nor a thing registered in a
 * company's name (商標搶先註冊在他公司名下: a squatted trademark, not a company to set up).
 */
const SETUP_KIND_COMPANY = /(设立|成立|开设|开办|筹建|组建|新设|注册(?!在)|设(?![计有备施置想法])|开(?![发拓展始放会通心关业除支户]))(一家|一间|一个|间|家|个)?[\p{sc=Han}]{0,6}?(公司|子公司|分公司)(?!名下)/u;
function setupOfAKindOfCompany(clause: { text: string; start: number }): { matched: string; start: number; end: number } | null {
  const normalized = normalizeWithSourceMap(clause.text);
  const m = SETUP_KIND_COMPANY.exec(normalized.text);
  if (!m) return null;
  const span = sourceSpan(normalized, m.index, m.index + m[0].length);
  return { matched: clause.text.slice(span.start, span.end), start: clause.start + span.start, end: clause.start + span.end };
}

/**
 * Units a firm may have already. Named without a word of setting one up ("pool cash from our
 * subsidiaries", "海外子公司的資金"), they are where its money or staff are, not a company to register.
 */
const UNIT_TERMS: ReadonlySet<string> = new Set(['subsidiari', 'branch offic', '子公司', '分公司', '办事处']);
const SETUP_CUES = ['set up', 'setting up', 'open', 'establish', 'register', 'incorporat', 'form ', 'start', 'create', 'launch'];
/** A Chinese verb of setting up right before the unit (设子公司, 成立一家香港分公司, 開間辦事處). */
const SETUP_BEFORE_UNIT = /(设立?|开设?|建立?|成立|注册|筹建|新设|组建|搞)(一家|一个|一间|个|家|间)?(香港|海外|境外|当地)?的?(子公司|分公司|办事处)/;
const setsUpAUnit = (clause: string) => {
  const folded = cueText(clause);
  return SETUP_BEFORE_UNIT.test(folded) || SETUP_CUES.some((cue) => folded.includes(cue));
};

/**
 * A company the firm says it has already ("We already have HK company", "香港公司已有", "在香港已經有
 * 貿易公司"): company registration is done, though no word of registering is written. Only in a
 * clause whose polarity is done.
 */
const HAS_A_COMPANY = /\b(?:hk|hong kong) (?:company|entity|subsidiary)\b|香港(?:的)?子?公司|有(?:一家|一间|间|家|个)?[\p{sc=Han}]{0,4}?公司/u;

export interface NeedMention {
  readonly code: NeedCode;
  readonly source: 'dictionary' | 'classifier';
  /** The firm's words: the dictionary term as written, or the whole clause the classifier read. */
  readonly matched: string;
  readonly start: number;
  readonly end: number;
  readonly probability: number;
  /**
   * Counts as the firm's own words (a dictionary term, or a sure reading of a clause whose only
   * terms are money words it contradicts) rather than as a reading (CLASSIFIER_NEED_WEIGHT).
   */
  readonly explicit: boolean;
  /** Said of later ("longer term", "日後"): it counts less than what the firm wants now. */
  readonly deferred: boolean;
}

/**
 * Where every dictionary term of the clause (`mentions[0..terms)`) is a money word the classifier
 * gives at most CONTRADICTED_TERM, its sure readings (the rest) count as explicit.
 */
function promoteSureReadings(clause: string, mentions: NeedMention[], terms: number): void {
  const posterior = new Map(needClassifier().posterior(clause).map((p) => [p.need, p.probability]));
  for (let i = 0; i < terms; i++) if (!MONEY_WORD_NEEDS.has(mentions[i].code) || (posterior.get(mentions[i].code) ?? 0) > CONTRADICTED_TERM) return;
  for (let i = terms; i < mentions.length; i++) mentions[i] = { ...mentions[i], explicit: true };
}

export interface UnderstoodNeeds {
  readonly wanted: readonly NeedMention[];
  /** Needs the firm said it does not have ("不需要上市", "no need for a lawyer"). */
  readonly declined: readonly NeedCode[];
  /** Needs the firm said it has met already ("已在香港註冊公司", "we already have a HK entity"). */
  readonly done: readonly NeedCode[];
  /** Clauses in which nothing was understood (no need, industry, market or place), as written. */
  readonly notUnderstood: readonly string[];
}

/**
 * Reads the needs field clause by clause: dictionary terms first, the classifier for what the
 * dictionary does not name, and each clause's polarity (wanted, declined, done).
 */
export function understandNeeds(text: string, concepts: readonly ConceptMatch[]): UnderstoodNeeds {
  const wanted: NeedMention[] = [];
  const declined = new Set<NeedCode>();
  const done = new Set<NeedCode>();
  const notUnderstood: string[] = [];
  for (const clause of needClauses(text)) {
    const inside = concepts.filter((c) => c.start >= clause.start && c.end <= clause.end);
    const dispute = isDisputeClause(clause.text);
    const setup = setsUpAUnit(clause.text);
    const needTerms = inside.filter((c) => c.kind === 'need');
    // Buyers named as a party (the other side of a dispute, or those the firm already sells to) are
    // no wish to find buyers, neither as a dictionary term nor as the classifier's reading of the clause.
    const asParty = (c: ConceptMatch) => c.code === 'exhibit-find-buyers' && PARTY_TERMS.has(c.term) && (dispute || namesAParty(text, clause, c));
    // Neither is an exhibition the firm brings or holds itself.
    const notFindingBuyers = (c: ConceptMatch) => asParty(c) || (c.code === 'exhibit-find-buyers' && bringsAShow(text, clause, c));
    const buyersNotSought = needTerms.some(notFindingBuyers);
    const brandsNotBuilt = needTerms.some((c) => brandsSupplied(text, clause, c));
    const mentions: NeedMention[] = needTerms
      .filter((c) => !notFindingBuyers(c))
      .filter((c) => !(!setup && c.code === 'company-registration' && UNIT_TERMS.has(c.term)))
      .filter((c) => !firmIsTheInvestor(text, clause, c) && !brandsSupplied(text, clause, c))
      .map((c) => ({ code: c.code as NeedCode, source: 'dictionary' as const, matched: c.matched, start: c.start, end: c.end, probability: 1, explicit: true, deferred: clause.deferred }));
    if (!mentions.some((m) => m.code === 'company-registration')) {
      const setupCompany = setupOfAKindOfCompany(clause);
      if (setupCompany) mentions.push({ code: 'company-registration', source: 'dictionary', ...setupCompany, probability: 1, explicit: true, deferred: clause.deferred });
    }
    // The classifier reads what the dictionary does not name: clauses without a need term, and
    // (when it is sure) another need in a clause where the dictionary found one.
    const terms = mentions.length;
    const threshold = terms ? NEED_CLASSIFIER_SURE : NEED_CLASSIFIER_THRESHOLD;
    for (const p of needClassifier().predict(clause.text, threshold)) {
      if (buyersNotSought && p.need === 'exhibit-find-buyers') continue;
      if (brandsNotBuilt && p.need === 'brand-building') continue;
      if (!mentions.some((m) => m.code === p.need)) {
        mentions.push({ code: p.need as NeedCode, source: 'classifier', matched: clause.text, start: clause.start, end: clause.end, probability: p.probability, explicit: false, deferred: clause.deferred });
      }
    }
    if (terms && mentions.length > terms) promoteSureReadings(clause.text, mentions, terms);
    if (clause.polarity === 'done' && !mentions.some((m) => m.code === 'company-registration') && HAS_A_COMPANY.test(cueText(clause.text))) done.add('company-registration');
    if (clause.polarity === 'wanted') wanted.push(...mentions);
    else for (const m of mentions) (clause.polarity === 'declined' ? declined : done).add(m.code);
    if (mentions.length === 0 && inside.length === 0 && [...clause.text].length >= 2) notUnderstood.push(clause.text);
  }
  const stillWanted = new Set(wanted.map((m) => m.code));
  return {
    wanted,
    declined: [...declined].filter((c) => !stillWanted.has(c)),
    done: [...done].filter((c) => !stillWanted.has(c)),
    notUnderstood,
  };
}
