/**
 * An access token from the local issuer's password grant (client `fhk-cli`, embedded mode):
 * what scripts, tools and tests use. `baseUrl` is the platform's origin.
 */
export async function passwordGrantToken(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'fhk-cli', username, password, scope: 'api' }).toString(),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`no token for ${username} from ${baseUrl}: ${response.status} ${body.error ?? ''} ${body.error_description ?? ''}`.trim());
  }
  return body.access_token;
}
