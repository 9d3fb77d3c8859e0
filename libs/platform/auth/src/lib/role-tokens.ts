import { http } from '@fhk/shared/util';
import { passwordGrantToken } from './password-token';
import { Role } from './roles';

/** The documented default of DEMO_PASSWORD (README). */
export const DEFAULT_DEMO_PASSWORD = 'fhk-demo-2026';

type HttpInit = Parameters<typeof http>[1];

/**
 * Tokens of the demo accounts (one per role) from a platform's local issuer, fetched once per
 * role with the password grant: the one place tests and tools get their `Authorization` header.
 *
 *   const tokens = new RoleTokens(url);
 *   await tokens.as('profiles-admin')(`${url}/api/enterprises`);
 */
export class RoleTokens {
  private static readonly shared = new Map<string, RoleTokens>();
  private readonly cache = new Map<Role, Promise<string>>();

  /** One instance per platform origin and password, so helpers called in loops sign in once. */
  static for(baseUrl: string, password: string = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD): RoleTokens {
    const key = `${baseUrl} ${password}`;
    let tokens = RoleTokens.shared.get(key);
    if (!tokens) RoleTokens.shared.set(key, (tokens = new RoleTokens(baseUrl, password)));
    return tokens;
  }

  constructor(
    private readonly baseUrl: string,
    private readonly password: string = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
  ) {}

  token(role: Role): Promise<string> {
    let token = this.cache.get(role);
    if (!token) {
      token = passwordGrantToken(this.baseUrl, role, this.password);
      token.catch(() => this.cache.delete(role));
      this.cache.set(role, token);
    }
    return token;
  }

  async headers(role: Role, extra: Record<string, string> = {}): Promise<Record<string, string>> {
    return { ...extra, authorization: `Bearer ${await this.token(role)}` };
  }

  /** `http` (from @fhk/shared/util) as this role; `null` for anonymous. */
  async http<T = unknown>(role: Role | null, url: string, init: HttpInit = {}): ReturnType<typeof http<T>> {
    return http<T>(url, { ...init, headers: role ? await this.headers(role, init?.headers) : (init?.headers ?? {}) });
  }

  /** Plain `fetch` as this role. */
  async fetch(role: Role, url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${await this.token(role)}`);
    return fetch(url, { ...init, headers });
  }

  /** The same, bound to a role. */
  as(role: Role | null): <T = unknown>(url: string, init?: HttpInit) => ReturnType<typeof http<T>> {
    return <T>(url: string, init: HttpInit = {}) => this.http<T>(role, url, init);
  }
}
