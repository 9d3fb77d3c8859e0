import { z } from 'zod';

/**
 * Named answer schemas of the OpenAPI document (`components.schemas`): an answer that contains one
 * refers to it by name instead of repeating it, so the document stays small and the generated
 * client has one named type per entity. Only answers (`io: 'output'`) use them; request bodies
 * stay inline, as their input form differs (defaults, coercion).
 */
const API_COMPONENTS = z.registry<{ id: string }>();
const COMPONENT_REF = '#/components/schemas/';

/** Registers a schema under a name for answers (idempotent; a second schema under one name is a bug). */
export function apiComponent<T extends z.ZodType>(name: string, schema: T): T {
  const current = API_COMPONENTS.get(schema);
  if (current && current.id !== name) throw new Error(`The schema is already the API component ${current.id}, not ${name}`);
  if (!current) API_COMPONENTS.add(schema, { id: name });
  return schema;
}

/** The answer schema as OpenAPI: registered parts as `$ref`s to `components.schemas`. */
export function outputSchemaWithRefs(schema: z.ZodType): Record<string, unknown> {
  const own = API_COMPONENTS.get(schema);
  if (own) return { $ref: `${COMPONENT_REF}${own.id}` };
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', metadata: API_COMPONENTS }) as Record<string, unknown>;
  delete json.$schema;
  delete json.$defs;
  return JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', `"${COMPONENT_REF}`)) as Record<string, unknown>;
}

/** Every registered schema, for the document's `components.schemas`. */
export function apiComponentSchemas(): Record<string, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(API_COMPONENTS, { io: 'output', unrepresentable: 'any', uri: (id) => `${COMPONENT_REF}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, json]) => {
      const { $schema: _s, $id: _i, ...rest } = json as Record<string, unknown>;
      return [name, rest];
    }),
  );
}
