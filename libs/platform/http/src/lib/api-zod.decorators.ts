import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNoContentResponse, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { outputSchemaWithRefs } from './api-components';

/** Request bodies and queries are inline: no registry, so no `$ref`. */
const NO_COMPONENTS = z.registry<{ id: string }>();

/** The zod schema as an OpenAPI schema object, so docs and validation come from one source. */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  if (io === 'output') return outputSchemaWithRefs(schema);
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', metadata: NO_COMPONENTS }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

const errorSchema = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
    issues: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, reason: { type: 'string' } } } },
  },
};

export function ApiZodBody(schema: z.ZodType, description?: string): MethodDecorator {
  return applyDecorators(
    ApiBody({ schema: toOpenApiSchema(schema), description }),
    ApiBadRequestResponse({ description: 'Invalid body: `issues` names each field and why', schema: errorSchema }),
  );
}

export function ApiZodOkResponse(schema: z.ZodType, description?: string): MethodDecorator {
  return ApiZodResponse(200, schema, description);
}

/** Documents a JSON answer with the given status (201 created, 202 accepted, 422 report…) by its zod schema. */
export function ApiZodResponse(status: number, schema: z.ZodType, description = ''): MethodDecorator {
  return ApiResponse({ status, schema: toOpenApiSchema(schema, 'output'), description });
}

/** Documents a 204 answer (no body). */
export function ApiEmptyResponse(description: string): MethodDecorator {
  return ApiNoContentResponse({ description });
}

/**
 * Documents a file answer (`download()`) by media type: a JSON file by its zod schema, any other
 * (CSV, SVG, iCalendar) as text.
 */
export function ApiFileResponse(content: Record<string, z.ZodType | null>, description: string): MethodDecorator {
  const schemas = Object.entries(content).map(([type, schema]) => [type, { schema: schema ? toOpenApiSchema(schema, 'output') : { type: 'string' } }]);
  return ApiResponse({ status: 200, description, content: Object.fromEntries(schemas) });
}

/** One page of a list: the items, how many there are in all, and the page asked for. */
export function pageSchemaOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0), limit: z.number().int().min(1), offset: z.number().int().min(0) });
}

/**
 * Documents a query validated by `ZodValidationPipe(schema, 'query')`: one OpenAPI query parameter
 * per field of the (object) schema, so generated clients (the web's) know the parameters.
 */
export function ApiZodQuery(schema: z.ZodType): MethodDecorator {
  const json = toOpenApiSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  const required = new Set(json.required ?? []);
  const parameters = Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return ApiQuery({ name, required: required.has(name), schema: propertySchema, description: typeof description === 'string' ? description : undefined });
  });
  return applyDecorators(...parameters, ApiBadRequestResponse({ description: 'Invalid query: `issues` names each field and why', schema: errorSchema }));
}
