import { createApiClient } from '@fhk/web/api-client';

/** The access token of the signed-in user, set by the AuthProvider (kept in memory only). */
const session: { accessToken: string | null } = { accessToken: null };

export const setAccessToken = (token: string | null): void => {
  session.accessToken = token;
};

/** The platform's API on this origin, typed from its OpenAPI document. */
export const api = createApiClient({ getAccessToken: () => session.accessToken });
