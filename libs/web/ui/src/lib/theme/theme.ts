import type { Language } from '@fhk/web/i18n';

/**
 * Font stacks per script (docs/adr/0013): each Chinese script gets fonts drawn for it, so
 * Traditional text is not set in Simplified glyph shapes (and the reverse); Latin text first
 * falls to the system UI font.
 */
export const FONT_STACKS: Record<Language, string> = {
  'zh-Hant': '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", sans-serif',
  'zh-Hans': '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif',
  en: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
};

/** Ant Design tokens changed so text and controls pass WCAG AA (4.5:1) on white; antd's defaults do not. */
export const THEME_COLORS = {
  colorPrimary: '#0b57b7',
  colorLink: '#0b57b7',
  colorError: '#c41d22',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
} as const;

/** Text and background of the status tags, at least 7:1 (antd's preset orange and purple tags fall below 4.5:1). */
export const STATUS_TONES = {
  tentative: { color: '#7a3100', background: '#fff7e6', borderColor: '#ffc069' },
  sample: { color: '#3c1187', background: '#f9f0ff', borderColor: '#d3adf7' },
  confirmed: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
} as const;

/** An opaque colour from #rrggbb, or rgba(…) composited over `over`. */
function rgb(color: string, over: [number, number, number] = [255, 255, 255]): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(color);
  if (!rgba) throw new Error(`not a colour: ${color}`);
  const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
  return [1, 2, 3].map((i, k) => Math.round(Number(rgba[i]) * alpha + over[k] * (1 - alpha))) as [number, number, number];
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
};

/** WCAG 2 contrast ratio of a text colour on a background colour (both #rrggbb or rgba over white). */
export function contrastRatio(text: string, background = '#ffffff'): number {
  const bg = rgb(background);
  const [a, b] = [luminance(rgb(text, bg)), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
