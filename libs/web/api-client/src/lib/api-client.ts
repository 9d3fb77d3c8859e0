import createClient, { Client, Middleware } from 'openapi-fetch';
import type { paths } from '../generated/api-schema';
import { ApiError } from './api-error';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Origin of the API; '' for the page's own origin (the platform serves the web and /api together). */
  baseUrl?: string;
  /** The signed-in user's access token, if any; sent as a bearer token. */
  getAccessToken?: () => string | null | undefined;
  fetch?: typeof fetch;
}

/** The platform's API, typed from its OpenAPI document (generated/api-schema.ts). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.getAccessToken?.();
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/**
 * The data of an openapi-fetch result, or an ApiError carrying the API's status, message and issues.
 * `T` names the response shape where the OpenAPI document has no response schema (see api-types.ts).
 */
export async function unwrap<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, (cause as Error)?.message ?? 'network error');
  }
  if (!result.response.ok) throw ApiError.fromBody(result.response.status, result.error);
  return result.data as T;
}
