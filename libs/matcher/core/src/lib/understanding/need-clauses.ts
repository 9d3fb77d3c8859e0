import { normalizeText } from '../text/text-normalizer';

/** What a clause says about the needs it names. */
export type ClausePolarity = 'wanted' | 'declined' | 'done';

/** One clause of a needs text, with offsets into that text (UTF-16 units). */
export interface NeedClause {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly polarity: ClausePolarity;
  /** The firm puts it off ("later", "longer term", "日後", "長遠"): wanted, but not first. */
  readonly deferred: boolean;
}

/**
 * Clause boundaries: sentence and list punctuation in both scripts, line breaks, and English
 * list words (", and", "; also"). A need and its negation sit in one clause ("不需要上市" /
 * "no need for an IPO"), so a negation never reaches into the next clause.
 */
const BOUNDARY = /[。．.!！?？;；,，、:：\n\r]+|\s+(?:and also|as well as|but|while|and then)\s+|\s+and\s+(?=(?:we|our|to|also|then)\b)/giu;

/**
 * Negation and "already done" cues, on normalised text (Simplified, lowercase). A cue must come
 * before the need it qualifies, within the clause. Cantonese forms are included (唔使, 唔需要, 唔要).
 */
const DECLINED = [
  '不需要', '无需', '毋须', '毋需', '不用', '不必', '暂不', '暂时不', '不考虑', '不打算', '没有需要', '没打算', '唔使', '唔需要', '唔要', '唔考虑',
  'no need', "don't need", 'do not need', "doesn't need", 'does not need', 'not need', 'not looking', 'not interested', 'not planning', 'no plans',
  'not yet planning', 'rather not', 'not required', 'never', 'not on our agenda', 'not a priority', 'not for now', 'not at the moment',
  'not at this stage', 'no interest in', 'not considering', 'no intention', '暂无', '没有计划', '目前不', '暂时没有', '不在考虑', '唔打算', '冇打算',
  // Not going to a fair or an event ("香港旅遊展暫時唔去", "今年先不去香港的高教展", "we will skip ITE").
  '不去', '唔去', '不参加', '唔参加', '不参展', '唔参展', 'skip ', 'skipping ', "won't go", 'will not go', "won't attend", 'will not attend', 'not attend',
  "won't exhibit", 'will not exhibit', 'not exhibit',
  // Not looking for it ("亦唔搵投資" folded to 唔揾, "不找投资", "不寻求融资").
  '唔揾', '不找', '不寻求', '不谋求',
];
/**
 * "No listing plan", "no plan for an IPO", "no expansion plans yet": a plan the firm says it does
 * not have, with the thing planned between "no" and "plan" (up to three words) or after it.
 */
const NO_PLAN_EN = /\bno (?:[a-z][a-z-]* ){0,3}plans?\b/;
const DONE = ['已经', '已有', '已在', '已完成', '已注册', '已设立', '已成立', '已开通', '已开设', '已于', '早已', '已办', '已有香港', 'already', 'we have a', 'we have an', 'we have our', 'have set up', 'have registered', 'have opened', 'have established',
  'has been set up', 'has been registered', 'was set up', 'was registered', 'was incorporated', 'was established', 'were set up', 'we set up', 'we registered',
  'we incorporated', 'we opened', 'already done', '办好了', '注册好了', '开好了'];

/**
 * Declining to do a thing again says it is done ("已經有貿易公司，不用再註冊", "no need register again"):
 * such a clause is done, not declined.
 */
const NOT_AGAIN = ['不用再', '无需再', '无须再', '不需要再', '不必再', '毋须再', '没必要再', '唔使再', '唔需要再', '唔洗再'];
const NOT_AGAIN_EN = /\b(?:no need|(?:do|does)(?: not|n't) need|not need)(?: to)?(?: \w+){1,3} again\b/;

/** Cues that a wish is for later, on normalised text. */
const DEFERRED = [
  '以后', '日后', '将来', '未来几年', '长远', '长期来看', '远期', '迟些', '之后再', '再考虑', '暂时不急', '有机会再', '第二步', '下一步',
  'later', 'longer term', 'longer-term', 'long term', 'long-term', 'one day', 'eventually', 'in future', 'in the future', 'in a few years',
  'down the road', 'at some point', 'next stage', 'second step',
];

/**
 * A clause as its cues are written: normalised, with typographic apostrophes as ASCII ones (a
 * phone keyboard writes "don’t need", the cues say "don't need").
 */
export function cueText(clause: string): string {
  return normalizeText(clause).replace(TYPOGRAPHIC_APOSTROPHES, "'");
}
const TYPOGRAPHIC_APOSTROPHES = /[‘’ʼ′]/g;

/** Whether a clause puts its wish off (see DEFERRED). */
export function isDeferred(clause: string): boolean {
  return cueAt(cueText(clause), DEFERRED) >= 0;
}

function cueAt(clause: string, cues: readonly string[]): number {
  let best = -1;
  for (const cue of cues) {
    const i = cue.endsWith(' ') ? ` ${clause} `.indexOf(` ${cue}`) : clause.indexOf(cue);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** The earlier of two cue positions (−1: none). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));

/** The polarity of a clause, from cues in its normalised text. */
export function polarityOf(clause: string): ClausePolarity {
  const folded = cueText(clause);
  const declined = firstOf(cueAt(folded, DECLINED), folded.search(NO_PLAN_EN));
  const done = cueAt(folded, DONE);
  if (declined < 0 && done < 0) return 'wanted';
  if (declined >= 0 && (cueAt(folded, NOT_AGAIN) >= 0 || NOT_AGAIN_EN.test(folded))) return 'done';
  if (declined >= 0 && (done < 0 || declined <= done)) return 'declined';
  return 'done';
}

/** Splits a needs text into clauses, each with its polarity. Linear in the text length. */
export function needClauses(text: string): NeedClause[] {
  const clauses: NeedClause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) clauses.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, polarity: polarityOf(trimmed), deferred: isDeferred(trimmed) });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return clauses;
}
