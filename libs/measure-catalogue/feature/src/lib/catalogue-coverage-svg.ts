import { CatalogueItem, Locale } from '@fhk/contracts';
import { escapeXml } from '@fhk/shared/util';

const esc = escapeXml;

const TEXT: Record<Locale, { title: string; columns: [string, string, string]; note: string }> = {
  'zh-Hant': { title: '各合作措施的落實項目', columns: ['計劃及機制', '服務機構', '服務類別'], note: '數字為引用該措施的項目數目；空白表示目錄中尚無相關項目。' },
  'zh-Hans': { title: '各合作措施的落实项目', columns: ['计划及机制', '服务机构', '服务类别'], note: '数字为引用该措施的项目数目；空白表示目录中尚无相关项目。' },
  en: { title: 'What the catalogue holds for each measure', columns: ['Programmes', 'Providers', 'Service categories'], note: 'Numbers count the items citing the measure; an empty cell means nothing in the catalogue yet.' },
};
const KINDS = ['programme', 'service-provider', 'service-category'] as const;
const LABEL_W = 420;
const CELL_W = 110;
const ROW_H = 22;
const TOP = 70;

/** A grid of the 28 measures (rows, grouped by area) against the kinds of item that carry them out. */
export function catalogueCoverageSvg(items: CatalogueItem[], lang: Locale): string {
  const measures = items.flatMap((i) => (i.kind === 'measure' ? [i] : [])).sort((a, b) => a.number - b.number);
  const areas = new Map(items.flatMap((i) => (i.kind === 'area' ? [[i.number, i] as const] : [])));
  const count = (kind: (typeof KINDS)[number], measure: number) => items.filter((i) => i.kind === kind && i.measures.includes(measure)).length;
  const max = Math.max(1, ...measures.flatMap((m) => KINDS.map((k) => count(k, m.number))));
  const text = TEXT[lang];
  const areaCount = new Set(measures.map((m) => m.areaNumber)).size;
  const width = LABEL_W + KINDS.length * CELL_W + 20;
  const height = TOP + (measures.length + areaCount) * ROW_H + 40;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'Noto Sans CJK SC','Noto Sans',Arial,sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="24" font-size="16" font-weight="bold">${esc(text.title)}</text>`,
    ...KINDS.map((_, k) => `<text x="${LABEL_W + k * CELL_W + CELL_W / 2}" y="${TOP - 8}" text-anchor="middle" font-weight="bold">${esc(text.columns[k])}</text>`),
  ];
  let previousArea = 0;
  let row = 0;
  measures.forEach((m) => {
    if (m.areaNumber !== previousArea) {
      previousArea = m.areaNumber;
      const top = TOP + row++ * ROW_H;
      out.push(`<line x1="12" y1="${top + 2}" x2="${width - 8}" y2="${top + 2}" stroke="#999"/>`);
      out.push(`<text x="14" y="${top + 17}" fill="#555" font-weight="bold">${esc(areas.get(m.areaNumber)?.name[lang] ?? String(m.areaNumber))}</text>`);
    }
    const y = TOP + row++ * ROW_H;
    out.push(`<text x="${LABEL_W - 8}" y="${y + 15}" text-anchor="end">${m.number}. ${esc(m.name[lang])}</text>`);
    KINDS.forEach((kind, k) => {
      const n = count(kind, m.number);
      const shade = n === 0 ? '#fafafa' : `rgba(31,111,178,${0.15 + 0.75 * (n / max)})`;
      out.push(`<rect x="${LABEL_W + k * CELL_W + 2}" y="${y + 2}" width="${CELL_W - 4}" height="${ROW_H - 4}" fill="${shade}" stroke="#ddd"/>`);
      if (n > 0) out.push(`<text x="${LABEL_W + k * CELL_W + CELL_W / 2}" y="${y + 15}" text-anchor="middle" fill="${n / max > 0.5 ? '#fff' : '#123'}">${n}</text>`);
    });
  });
  out.push(`<text x="12" y="${height - 14}" fill="#555">${esc(text.note)}</text>`, '</svg>');
  return out.join('\n');
}
