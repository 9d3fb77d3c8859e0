import { writeFileSync } from 'node:fs';
import { API_SCHEMA_TYPES, OPENAPI_DOCUMENT, documentText, fetchOpenApiDocument, renderSchemaTypes } from './api-schema';

/** `npm run api:generate`: refresh the web's OpenAPI document and its generated types from the platform. */
async function main(): Promise<void> {
  const json = documentText(await fetchOpenApiDocument());
  writeFileSync(OPENAPI_DOCUMENT, json);
  writeFileSync(API_SCHEMA_TYPES, renderSchemaTypes(json));
  process.stdout.write(`wrote ${OPENAPI_DOCUMENT}\nwrote ${API_SCHEMA_TYPES}\n`);
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
