import { SeededRandom } from './seeded-random';

/**
 * The hostile values the suite draws from: what the issue-9 run and the OWASP input-validation
 * and injection cheat sheets name (control characters, lone surrogates, CR/LF, formulas,
 * prototype keys, operator injection, huge and deeply nested values, hostile ids).
 */
export const INJECTED_ICS_LINE = 'X-HOSTILE-INJECTED:1';

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83dz', '\udc00\ud800'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\ufeff', '\ufffe', '\uffff'];

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  'tea.fair 2027',
  '../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '%',
  '\u0000',
  `茶\r\n${INJECTED_ICS_LINE}\r\nBEGIN:VEVENT`,
  `name\r\n${INJECTED_ICS_LINE}`,
  "=cmd|' /C calc'!A0",
  '+SUM(1,1)',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  ']]><!--',
  '&amp;&#0;&#x1;',
  "'; DROP TABLE enterprises; --",
  '{"$gt": ""}',
  '$where',
  '\\',
  '"',
  '🍵🧧👨‍👩‍👧',
  '資金池 资金池 cash pooling',
  'ｆｕｌｌｗｉｄｔｈ',
  'e\u0301\u0301\u0301',
  ...LONE_SURROGATES,
  ...CONTROL.map((c) => `tea${c}fair`),
  '1e309',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  'true',
  'null',
  'undefined',
  '9'.repeat(400),
];

/** Big strings are built on demand (kept out of the shared list so they are not all in memory at once). */
export function bigString(rng: SeededRandom): string {
  switch (rng.int(0, 4)) {
    case 0:
      return '茶'.repeat(rng.pick([201, 1_001, 5_001, 12_000]));
    case 1:
      return 'tea '.repeat(rng.pick([300, 3_000]));
    case 2:
      return rng.pick(CONTROL).repeat(2_000);
    case 3:
      return '融資'.repeat(2_600);
    default:
      return 'a'.repeat(rng.pick([201, 511, 512, 10_000]));
  }
}

export function hostileString(rng: SeededRandom): string {
  return rng.chance(0.08) ? bigString(rng) : rng.pick(HOSTILE_STRINGS);
}

/** Ids a path segment may carry; each is sent percent-encoded as a whole. */
export const HOSTILE_IDS: readonly string[] = [
  'tea.fair 2027',
  'no-such-id',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '..',
  '.',
  'a/b',
  'a\r\nSet-Cookie: x=1',
  'a\u0000b',
  'a%b',
  ' ',
  'x'.repeat(201),
  'x'.repeat(10_000),
  '茶展',
  '\ud800',
  '🍵',
  '$gt',
  '-1',
  '0',
  '1e3',
  '99999999999999999999',
  'NaN',
];

function deepNesting(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Any JSON value, hostile in type or content. */
export function hostileValue(rng: SeededRandom, depth = 0): unknown {
  switch (rng.int(0, 13)) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308, 10_000_001, 28, 29, 11, 12, 13]);
    case 2:
      return rng.chance(0.5);
    case 3:
      return [];
    case 4:
      return {};
    case 5:
      return { $gt: '' };
    case 6:
      return { $ne: null, $where: 'sleep(1000)' };
    case 7:
      return depth < 3 ? [hostileValue(rng, depth + 1), hostileValue(rng, depth + 1)] : [];
    case 8:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    case 9:
      return { 'zh-Hant': hostileString(rng), 'zh-Hans': hostileString(rng), en: hostileString(rng) };
    default:
      return hostileString(rng);
  }
}

/** Raw bodies that are not what they claim (the JSON is parsed by the server, if at all). */
export function hostileRawBody(rng: SeededRandom): { body: string | Buffer; contentType: string; headers?: Record<string, string> } {
  const json = 'application/json';
  switch (rng.int(0, 17)) {
    case 0:
      return { body: '{"name": "x",', contentType: json };
    case 1:
      return { body: '{"name": "x"}}', contentType: json };
    case 2:
      return { body: rng.pick(['null', '[]', '"text"', '42', 'true', '']), contentType: json };
    case 3:
      return { body: deepNesting(rng.pick([64, 5_000, 100_000]), 'array'), contentType: json };
    case 4:
      return { body: deepNesting(rng.pick([64, 5_000, 50_000]), 'object'), contentType: json };
    case 5: {
      const keys = Array.from({ length: rng.pick([1_000, 50_000]) }, (_, i) => `"k${i}":1`).join(',');
      return { body: `{${keys}}`, contentType: json };
    }
    case 6:
      return { body: '{"name":"\\ud800\\udc00\\ud800","city":"\\u0000"}', contentType: json };
    case 7:
      return { body: '\ufeff{"name":"x","city":"y"}', contentType: json };
    case 8:
      return { body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x80, 0x22, 0x7d]), contentType: json };
    case 9:
      return { body: '{"name":"x","city":"y"}', contentType: json, headers: { 'content-encoding': rng.pick(['gzip', 'deflate', 'br', 'identity, gzip', 'x-unknown']) } };
    case 10:
      return { body: '{"name":"x","city":"y"}', contentType: rng.pick(['application/json; charset=utf-16', 'application/json; charset=klingon', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) };
    case 11:
      return { body: 'x'.repeat(rng.pick([4 * 1024 * 1024 + 1, 6 * 1024 * 1024])), contentType: json };
    case 12:
      return { body: `id,__proto__.polluted,constructor.prototype.polluted\nx,yes,yes\n`, contentType: 'text/csv' };
    case 13:
      return { body: hostileCsv(rng), contentType: 'text/csv' };
    case 14:
      return { body: '{"a":1,"a":2,"__proto__":{"polluted":"yes"}}', contentType: json };
    case 15:
      return { body: JSON.stringify({ $where: 'this.a', $gt: '', name: { $ne: null } }), contentType: json };
    case 16:
      return { body: '{"name":"x","city":"y"}', contentType: 'text/csv' };
    default:
      return { body: `{"name": ${'1'.repeat(400)}e999999}`, contentType: json };
  }
}

/** CSV that injects: formulas, CR/LF in quoted cells, prototype columns, broken quoting, many rows. */
export function hostileCsv(rng: SeededRandom): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `id,name.en,name.zh-Hant,name.zh-Hans\nx,"=cmd|' /C calc'!A0",@SUM(A1),+1\n`;
    case 1:
      return `id,name.en\nx,"line\r\n${INJECTED_ICS_LINE}"\n`;
    case 2:
      return `id,name.en\n"unterminated,x\n`;
    case 3:
      return `id,bogus\n${Array.from({ length: rng.pick([4_999, 5_001, 20_000]) }, (_, i) => `r${i},x`).join('\n')}\n`;
    case 4:
      return `\ufeffid,${'c,'.repeat(2_000)}z\n1\n`;
    default:
      return `id,tags.industries,measures\nx,"[""tea"",{""$gt"":""""}]","[1e999]"\n`;
  }
}
