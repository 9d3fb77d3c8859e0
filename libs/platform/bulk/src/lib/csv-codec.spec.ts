import { fromCsv, toCsv } from './csv-codec';

describe('CSV codec', () => {
  const records = [
    { id: 'a', name: { 'zh-Hant': '資金池，香港', en: 'Cash pooling, "HK"' }, measures: [6, 11], tags: { industries: ['tea'] }, url: null, sample: false, n: 3 },
    { id: 'b', name: { 'zh-Hant': '茶', en: 'Tea\nfair' }, measures: [], tags: { industries: [] }, url: 'https://example.org/x', sample: true, n: 0 },
  ];

  it('round-trips nested records through dotted columns and JSON cells', () => {
    const csv = toCsv(records);
    expect(csv.split('\n')[0]).toBe('id,name.zh-Hant,name.en,measures,tags.industries,url,sample,n');
    expect(fromCsv(csv).map((r) => r.record)).toEqual(records);
  });

  it('numbers rows by their line in the file', () => {
    const rows = fromCsv('id,name\nx,"two\nlines"\ny,plain\n');
    expect(rows.map((r) => [r.line, r.record.id])).toEqual([[2, 'x'], [4, 'y']]);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => fromCsv('id,name\nx,y,z\n')).toThrow();
  });
});

describe('CSV safety', () => {
  it('neutralises cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const records = [{ id: 'x', name: "=cmd|' /C calc'!A0", a: '+1', b: '-2', c: '@SUM(A1)', d: '\tx', e: "'=already", n: -3 }];
    const csv = toCsv(records);
    expect(csv).not.toMatch(/(^|,)"?[=+@\t]/m);
    expect(csv).toContain("'=cmd");
    expect(csv).toContain(",'-2,"); // text; the number -3 stays a number
    expect(fromCsv(csv).map((r) => r.record)).toEqual(records);
  });

  it('refuses column paths through __proto__, constructor or prototype', () => {
    for (const column of ['__proto__.polluted', 'constructor.prototype.polluted', 'name.__proto__', 'prototype']) {
      expect(() => fromCsv(`id,${column}\nx,yes\n`)).toThrow(/names __proto__/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
