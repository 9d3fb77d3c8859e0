import type { IncomingMessage, ServerResponse } from 'node:http';
import type { default as ProviderType } from 'oidc-provider';
import { AccountStore } from './demo-accounts';
import MESSAGES from './login-messages.data.json';

export const INTERACTION_PATH = '/oidc/interaction';
type Language = keyof typeof MESSAGES;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function languageOf(req: IncomingMessage): Language {
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase();
  if (/zh-(hans|cn|sg)/.test(accept)) return 'zh-Hans';
  if (/zh/.test(accept)) return 'zh-Hant';
  return 'en';
}

function page(uid: string, language: Language, failed: boolean): string {
  const m = MESSAGES[language];
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(m.title)}</title></head>
<body><main><h1>${escapeHtml(m.title)}</h1>${failed ? `<p role="alert">${escapeHtml(m.failed)}</p>` : ''}
<form method="post" action="${INTERACTION_PATH}/${escapeHtml(uid)}/login">
<label>${escapeHtml(m.username)} <input name="username" autocomplete="username" required></label>
<label>${escapeHtml(m.password)} <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">${escapeHtml(m.submit)}</button></form></main></body></html>`;
}

async function formBody(req: IncomingMessage, limit = 8 * 1024): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('login form too large'), { status: 413 });
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * The login step of the authorization-code flow (the web app signs in with code + PKCE):
 * GET shows a form in the browser's language, POST checks the password and finishes the
 * interaction with a grant for the API (first-party clients need no consent screen).
 */
export async function handleLoginInteraction(provider: ProviderType, accounts: AccountStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const language = languageOf(req);
  const html = (status: number, failed: boolean) =>
    res
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(page(details.uid, language, failed));
  if (req.method !== 'POST') return void html(200, false);
  const form = await formBody(req);
  const account = await accounts.authenticate(form.get('username'), form.get('password'));
  if (!account) return void html(401, true);
  const clientId = String(details.params.client_id);
  const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: account.id, clientId });
  if (!grant) return void html(400, true);
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  grant.addResourceScope(String(details.params.resource ?? 'urn:fhk:api'), 'api');
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: account.id }, consent: { grantId } }, { mergeWithLastSubmission: false });
}
