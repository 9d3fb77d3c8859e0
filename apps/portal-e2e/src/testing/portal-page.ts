import { Locator, Page } from 'playwright-core';

/** The tea grower of the issue, in the words a visitor types (Traditional Chinese). */
export const TEA_GROWER = {
  name: '安溪鐵觀音茶業有限公司',
  city: '安溪',
  industry: '茶葉',
  products: '鐵觀音 烏龍茶',
  needs: '參展 品牌建設 商標',
  markets: '香港 東盟',
  employees: 40,
};

/** A battery maker in Ningde: a firm whose journey is company → treasury → listing, not the tea grower's. */
export const BATTERY_MAKER = {
  name: '宁德锂电新能源科技有限公司',
  city: '宁德',
  industry: '锂电池 新能源',
  products: '动力电池 储能系统',
  needs: '在香港设立公司 跨境资金池 赴港上市',
  markets: '欧洲 东盟',
  employees: 800,
};

/** Saves a profile through the API (as Try first's "save" does), owned by the token's user; returns its id. */
export async function createFirm(baseUrl: string, profile: object, token: string): Promise<string> {
  const created = await fetch(`${baseUrl}/api/enterprises`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(profile),
  });
  if (!created.ok) throw new Error(`POST /api/enterprises answered ${created.status}: ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}

/** What each language calls things the tests look for (as the catalogues and the data say them). */
export const WORDS = {
  'zh-Hant': { language: '語言', teaFair: '香港國際茶展', teaReason: /行業相符：茶葉/, matches: '配對結果（按相關度排列）', calendar: '活動日曆', ics: '加入行事曆（.ics）', openMenu: '開啟選單', tentative: '暫定' },
  'zh-Hans': { language: '语言', teaFair: '香港国际茶展', teaReason: /行业相符：茶叶/, matches: '配对结果（按相关度排列）', calendar: '活动日历', ics: '加入日历（.ics）', openMenu: '打开菜单', tentative: '暂定' },
  en: { language: 'Language', teaFair: 'Hong Kong International Tea Fair', teaReason: /Industry match: Tea/, matches: 'Matches, most relevant first', calendar: 'Calendar', ics: 'Add to calendar (.ics)', openMenu: 'Open menu', tentative: 'Tentative' },
} as const;
export type Lang = keyof typeof WORDS;
export const LANGS: Lang[] = ['zh-Hant', 'zh-Hans', 'en'];

/** Fills the Try-first form by its labels (Traditional Chinese page) and asks for matches. */
export async function describeTeaGrower(page: Page): Promise<void> {
  await page.getByLabel('企業名稱').fill(TEA_GROWER.name);
  await page.getByLabel('所在城市').fill(TEA_GROWER.city);
  await page.getByLabel('行業').fill(TEA_GROWER.industry);
  await page.getByLabel('產品或服務').fill(TEA_GROWER.products);
  await page.getByLabel('需要甚麼').fill(TEA_GROWER.needs);
  await page.getByLabel('目標市場').fill(TEA_GROWER.markets);
  await page.getByLabel('員工人數').fill(String(TEA_GROWER.employees));
  await page.getByRole('button', { name: '查看配對' }).click();
}

export function matchList(page: Page, lang: Lang): Locator {
  return page.getByRole('list', { name: WORDS[lang].matches });
}

/** The ranked matches (the list's own items, not the reasons listed inside each). */
export function matchItems(page: Page, lang: Lang): Locator {
  return matchList(page, lang).locator(':scope > li');
}

/** The headings of the ranked matches, in order. */
export async function matchTitles(page: Page, lang: Lang): Promise<string[]> {
  const list = matchList(page, lang);
  await list.waitFor();
  return list.getByRole('heading').allInnerTexts();
}

export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByLabel(WORDS[from].language, { exact: true }).selectOption(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** No horizontal scrolling: the page fits the viewport's width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
