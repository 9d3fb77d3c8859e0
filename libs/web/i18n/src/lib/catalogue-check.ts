import { LANGUAGES, Language } from './languages';

/** A message catalogue: nested objects whose leaves are the texts. */
export type Catalogue = { [key: string]: string | Catalogue };

export function flattenCatalogue(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenCatalogue(value, path)) flat.set(k, v);
  }
  return flat;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Problems with one namespace's catalogues in the three languages: a key missing or empty in a
 * language, or a text whose {{placeholders}} differ from the other languages'. Empty means all good.
 */
export function catalogueProblems(catalogues: Record<Language, Catalogue>): string[] {
  const flat = Object.fromEntries(LANGUAGES.map((lang) => [lang, flattenCatalogue(catalogues[lang] ?? {})])) as Record<Language, Map<string, string>>;
  const keys = new Set(LANGUAGES.flatMap((lang) => [...flat[lang].keys()]));
  const problems: string[] = [];
  for (const key of [...keys].sort()) {
    const expected = LANGUAGES.map((lang) => flat[lang].get(key)).find((t) => t !== undefined) ?? '';
    for (const lang of LANGUAGES) {
      const text = flat[lang].get(key);
      if (text === undefined) problems.push(`${lang}: missing ${key}`);
      else if (!text.trim()) problems.push(`${lang}: empty ${key}`);
      else if (placeholders(text).join() !== placeholders(expected).join()) {
        problems.push(`${lang}: ${key} has placeholders {${placeholders(text).join(', ')}}, others have {${placeholders(expected).join(', ')}}`);
      }
    }
  }
  return problems;
}
