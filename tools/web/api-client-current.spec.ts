import { readFileSync } from 'node:fs';
import { API_SCHEMA_TYPES, OPENAPI_DOCUMENT, documentText, fetchOpenApiDocument, renderSchemaTypes } from './api-schema';

// The web's API client is typed from a committed copy of the OpenAPI document. These checks fail
// when the API changed without the client being regenerated (`npm run api:generate`).
describe('the web API client is generated from the current API', () => {
  it('libs/web/api-client/src/generated/openapi.json is the platform\'s /api/docs-json', async () => {
    const live = documentText(await fetchOpenApiDocument());
    const committed = readFileSync(OPENAPI_DOCUMENT, 'utf8');
    if (committed !== live) throw new Error('openapi.json is stale: the API changed. Run `npm run api:generate` and commit the result.');
    expect(committed).toBe(live);
  });

  it('api-schema.ts is openapi-typescript\'s rendering of that document', () => {
    const committed = readFileSync(API_SCHEMA_TYPES, 'utf8');
    expect(committed).toBe(renderSchemaTypes(readFileSync(OPENAPI_DOCUMENT, 'utf8')));
  });
});
