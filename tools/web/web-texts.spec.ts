// The web's texts live in message catalogues, never in code (docs/adr/0013): every key the code
// asks for exists in the catalogues, and no Chinese characters or words sit in components.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['apps/portal/src', 'libs/web/ui/src', 'libs/web/i18n/src', 'libs/web/auth/src', 'libs/web/api-client/src/lib'];
const CATALOGUES = { portal: 'apps/portal/src/i18n/portal.en.json', common: 'libs/web/i18n/src/locales/common.en.json' };

type Catalogue = { [key: string]: string | Catalogue };
const flatten = (catalogue: Catalogue, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const files = SOURCES.flatMap(sourceFiles).map((path) => ({ path, code: withoutComments(readFileSync(join(ROOT, path), 'utf8')) }));
const keys = Object.fromEntries(Object.entries(CATALOGUES).map(([ns, file]) => [ns, new Set(flatten(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))))]));

/** Words between JSX tags (not TypeScript generics or expressions). */
const JSX_TEXT = /(<[A-Za-z][\w.]*(?:\s[^<>]*)?>|<\/[\w.]*>)([^<>{}();=?:|&]*[A-Za-z][^<>{}();=?:|&]*)(?=<)/g;
const usesBoth = (code: string) => /useTranslation\('common'\)/.test(code) && /useTranslation\(\)/.test(code);

describe('the web\'s texts', () => {
  it('scans the real sources (the portal\'s pages among them)', () => {
    expect(files.map((f) => relative('apps/portal/src', f.path))).toEqual(expect.arrayContaining(['try/try-page.tsx', 'matches/matches-page.tsx', 'calendar/calendar-page.tsx']));
  });

  it('every key the code asks for is in the catalogues (t(\'…\') calls, with their namespace)', () => {
    const missing: string[] = [];
    for (const { path, code } of files) {
      const defaultNs = /useTranslation\('common'\)/.test(code) ? 'common' : 'portal';
      for (const [, key] of code.matchAll(/\bt\(\s*['`]([^'`]+)['`]/g)) {
        // Unprefixed keys resolve in the component's namespace: the portal's or, in components that ask for it, common.
        const [ns, name] = key.includes(':') ? key.split(':') : [defaultNs, key];
        const known = key.includes(':') || !usesBoth(code) ? (keys[ns] ?? new Set<string>()) : new Set([...keys.portal, ...keys.common]);
        // A key built at run time (`types.${type}`) must at least have entries under its fixed prefix.
        const ok = name.includes('${') ? [...known].some((k) => k.startsWith(name.slice(0, name.indexOf('${')))) : known.has(name);
        if (!ok) missing.push(`${path}: ${ns}:${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no user-facing text is written in the code: no Chinese characters, no words between JSX tags or in labels', () => {
    const problems: string[] = [];
    for (const { path, code } of files) {
      for (const [text] of code.matchAll(/[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]+/g)) problems.push(`${path}: ${text}`);
      if (!path.endsWith('.tsx')) continue;
      for (const [, , text] of code.matchAll(JSX_TEXT)) {
        if (text.trim()) problems.push(`${path}: JSX text "${text.trim()}"`);
      }
      for (const [attr] of code.matchAll(/\b(?:aria-label|title|placeholder|alt|label)="[^"]*[A-Za-z][^"]*"/g)) problems.push(`${path}: ${attr}`);
    }
    expect(problems).toEqual([]);
  });

  it('the checks catch text in code when there is some', () => {
    const sample = withoutComments('const a = <Button title="Send">Send now</Button>; // 註釋\nconst b = "資料";');
    expect(sample.match(/[\u3400-\u9fff]+/g)).toEqual(['資料']);
    expect([...sample.matchAll(JSX_TEXT)].map((m) => m[2])).toEqual(['Send now']);
  });
});
