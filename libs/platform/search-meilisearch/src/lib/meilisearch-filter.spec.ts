import { buildMeiliFilter, buildMeiliQuery, quoteFilterLiteral } from './meilisearch-filter';
import { normalizeQuery, resolveSpec } from '@fhk/platform/search';

/**
 * Reads a double-quoted literal back the way Meilisearch's filter parser does: the literal ends at
 * the first quote not escaped by a backslash, `\"` becomes `"`, then `\\` becomes `\`.
 */
function readQuoted(literal: string): { value: string; rest: string } {
  expect(literal[0]).toBe('"');
  let i = 1;
  while (i < literal.length && literal[i] !== '"') i += literal[i] === '\\' ? 2 : 1;
  const inner = literal.slice(1, i);
  return { value: inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\'), rest: literal.slice(i + 1) };
}

describe('quoteFilterLiteral', () => {
  it.each([
    'Fuzhou',
    'Hong Kong',
    'Fujian "Design" Week',
    "O'Brien & Co",
    'back\\slash',
    'ends with backslash\\',
    'escaped quote \\" inside',
    '"',
    '\\',
    '福建省商務廳 "試點" \\ 計劃',
    'AND OR NOT IN TO',
    'line\nbreak',
  ])('round-trips %j', (value) => {
    expect(readQuoted(quoteFilterLiteral(value))).toEqual({ value, rest: '' });
  });
});

describe('buildMeiliFilter', () => {
  const spec = resolveSpec({ name: 'opps', searchableFields: ['terms'], filterableFields: ['city', 'sectors', 'year', 'online'] });

  it('writes equality, any-of and booleans/numbers as quoted strings, one expression per field', () => {
    const { filters } = normalizeQuery(spec, {
      text: '',
      filter: { city: 'Hong Kong', sectors: ['tea', 'trade', 'tea'], year: [2026], online: false },
    });
    expect(buildMeiliFilter(filters)).toEqual([
      '"city" = "Hong Kong"',
      '"sectors" IN ["tea", "trade"]',
      '"year" = "2026"',
      '"online" = "false"',
    ]);
  });
});

describe('buildMeiliQuery', () => {
  it('sends each token as a one-word phrase', () => {
    expect(buildMeiliQuery(['tea', 'x8336'])).toBe('"tea" "x8336"');
    expect(buildMeiliQuery([])).toBe('');
  });
});
