import MESSAGES from './login-messages.data.json';

/** The issuer's own pages (sign-in, sign-out) in the three languages of the platform. */
export type IssuerLanguage = keyof typeof MESSAGES;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One BCP 47 tag to one of our languages, or null when it names none of them. */
function languageOfTag(tag: string): IssuerLanguage | null {
  const t = tag.trim().toLowerCase();
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(hans|cn|sg|my)\b/.test(t)) return 'zh-Hans';
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-Hant';
  return null;
}

/**
 * The page's language: the `ui_locales` the web app sent (the language the user chose there)
 * first, then the browser's Accept-Language, then English.
 */
export function issuerLanguage(uiLocales: unknown, acceptLanguage: unknown): IssuerLanguage {
  const asked = typeof uiLocales === 'string' ? uiLocales.split(/\s+/) : [];
  const accepted = String(acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]);
  for (const tag of [...asked, ...accepted]) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;line-height:1.5}main{max-width:28rem;margin:0 auto}' +
  'label{display:block;margin:.75rem 0}input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}' +
  'button,a.button{font-size:1rem;padding:.6rem 1rem;margin:.5rem .5rem 0 0;min-height:44px}';

function document(language: IssuerLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function loginPage(action: string, language: IssuerLanguage, failed: boolean): string {
  const m = MESSAGES[language];
  return document(
    language,
    m.title,
    `${failed ? `<p role="alert">${escapeHtml(m.failed)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label>${escapeHtml(m.username)} <input name="username" autocomplete="username" required></label>
<label>${escapeHtml(m.password)} <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">${escapeHtml(m.submit)}</button></form>`,
  );
}

/**
 * The sign-out confirmation. `form` is oidc-provider's hidden form (`id="op.logoutForm"`, with its
 * xsrf token); both buttons submit it, only the first with `logout=yes`.
 */
export function logoutPage(form: string, language: IssuerLanguage): string {
  const m = MESSAGES[language];
  return document(
    language,
    m.logoutTitle,
    `<p>${escapeHtml(m.logoutQuestion)}</p>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">${escapeHtml(m.logoutConfirm)}</button>
<button type="submit" form="op.logoutForm">${escapeHtml(m.logoutCancel)}</button>`,
  );
}

/** Shown only when the client gave no address to return to. */
export function signedOutPage(language: IssuerLanguage, home: string): string {
  const m = MESSAGES[language];
  return document(language, m.signedOutTitle, `<p>${escapeHtml(m.signedOutText)}</p><p><a href="${escapeHtml(home)}">${escapeHtml(m.backToPortal)}</a></p>`);
}
