import { LocalizedText } from './localized-text.schema';

/** Every LocalizedText inside a value (nested objects and arrays), with its path (`name`, `parties[0]`). */
export function collectLocalizedTexts(value: unknown, path = ''): Array<{ path: string; text: LocalizedText }> {
  const out: Array<{ path: string; text: LocalizedText }> = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${at}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      if (typeof record['zh-Hant'] === 'string' && typeof record['zh-Hans'] === 'string' && typeof record['en'] === 'string') {
        out.push({ path: at, text: record as LocalizedText });
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, at ? `${at}.${key}` : key);
    }
  };
  walk(value, path);
  return out;
}

/** Characters written only in Traditional script (their Simplified forms differ). */
const TRADITIONAL_ONLY = new Set([...'與為國學業區發會際務產貿資協經濟醫藥註冊稅標專權轉檢測調藝術劇書華們個這說時對處廳閩廈鐘錶禮遊體電價實歷應東門開關長動場將衛線質']);

/** Traditional-only characters found in a text that should be Simplified (a quality check, not a converter). */
export function traditionalOnlyCharactersIn(simplified: string): string[] {
  return [...new Set([...simplified].filter((c) => TRADITIONAL_ONLY.has(c)))];
}
