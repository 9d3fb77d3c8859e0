import type { IncomingMessage, ServerResponse } from 'node:http';
import type { default as ProviderType } from 'oidc-provider';
import { AccountStore } from './demo-accounts';
import { issuerLanguage, loginPage } from './issuer-pages';

export const INTERACTION_PATH = '/oidc/interaction';

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
 * GET shows a form in the language the web app asked for (else the browser's), POST checks the password and finishes the
 * interaction with a grant for the API (first-party clients need no consent screen).
 */
export async function handleLoginInteraction(provider: ProviderType, accounts: AccountStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const language = issuerLanguage(details.params.ui_locales, req.headers['accept-language']);
  const html = (status: number, failed: boolean) =>
    res
      .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(loginPage(`${INTERACTION_PATH}/${details.uid}/login`, language, failed));
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
