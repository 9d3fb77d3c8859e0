/**
 * @jest-environment node
 */
import { createApiClient, unwrap } from './api-client';
import { ApiError } from './api-error';

/** A fetch that records the request and answers with `status` and `body`. */
function fakeFetch(status: number, body: unknown) {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input : new Request(input, init));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetchImpl: fetchImpl as typeof fetch };
}

describe('the generated API client', () => {
  it('sends typed paths, query parameters and bodies, with the signed-in user\'s token', async () => {
    const { requests, fetchImpl } = fakeFetch(200, { items: [], total: 0 });
    const api = createApiClient({ baseUrl: 'http://portal.test', fetch: fetchImpl, getAccessToken: () => 'token-1' });
    await unwrap(api.GET('/api/match/enterprises/{id}', { params: { path: { id: 'e 1' }, query: { lang: 'zh-Hant', limit: 5 } } }));
    expect(requests[0].url).toBe('http://portal.test/api/match/enterprises/e%201?lang=zh-Hant&limit=5');
    expect(requests[0].headers.get('authorization')).toBe('Bearer token-1');
    await unwrap(api.POST('/api/match', { body: { needs: '資金池', limit: 3 } }));
    expect(requests[1].method).toBe('POST');
    expect(await requests[1].json()).toEqual({ needs: '資金池', limit: 3 });
  });

  it('sends no authorization header when nobody is signed in', async () => {
    const { requests, fetchImpl } = fakeFetch(200, { items: [], total: 0 });
    await unwrap(createApiClient({ baseUrl: 'http://portal.test', fetch: fetchImpl }).GET('/api/calendar/events'));
    expect(requests[0].headers.has('authorization')).toBe(false);
  });

  it('turns an error answer into an ApiError with the API\'s status, message and field issues', async () => {
    const body = { statusCode: 400, error: 'Bad Request', message: 'Request body is invalid', issues: [{ field: 'name', reason: 'must not be empty' }] };
    const { fetchImpl } = fakeFetch(400, body);
    const api = createApiClient({ baseUrl: 'http://portal.test', fetch: fetchImpl });
    const error = await unwrap(api.POST('/api/enterprises', { body: { name: '', city: 'x' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Request body is invalid', issues: [{ field: 'name', reason: 'must not be empty' }] });
  });

  it('reports an unreachable server as status 0', async () => {
    const api = createApiClient({ baseUrl: 'http://portal.test', fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch });
    await expect(unwrap(api.GET('/api/calendar/events'))).rejects.toMatchObject({ status: 0 });
  });
});

describe('ApiError', () => {
  it('tells a route the server does not have from an unknown record', () => {
    expect(ApiError.fromBody(404, { message: 'Cannot GET /api/match/enterprises/x/journey' }).endpointMissing).toBe(true);
    expect(ApiError.fromBody(404, { message: 'The matcher knows no enterprise with id x', issues: [{ field: 'id', reason: 'not found' }] }).endpointMissing).toBe(false);
  });

  it('keeps only well-formed issues and falls back to the status for a body without a message', () => {
    const error = ApiError.fromBody(502, { issues: [{ field: 'a', reason: 'b' }, { nonsense: true }] });
    expect(error.message).toBe('HTTP 502');
    expect(error.issues).toEqual([{ field: 'a', reason: 'b' }]);
  });
});
