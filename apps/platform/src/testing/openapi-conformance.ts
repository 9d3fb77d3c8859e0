import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

interface OpenApiResponse {
  description?: string;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}
export interface OpenApiDocument {
  components?: { schemas?: Record<string, unknown> };
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, as `METHOD /path`. */
export function operationsOf(document: OpenApiDocument): Array<{ key: string; responses: Record<string, OpenApiResponse> }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, responses: op.responses ?? {} })),
  );
}

/**
 * Checks real answers against what the platform's OpenAPI document says of them: the status is
 * documented for the route, the media type is one it names, and a JSON body satisfies its schema
 * (JSON Schema 2020-12, formats checked). Returns the problem in words, or null.
 */
export class OpenApiConformance {
  private readonly ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  private readonly templates: Array<{ path: string; pattern: RegExp; literal: number }>;

  constructor(private readonly document: OpenApiDocument) {
    this.templates = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literal: path.replace(/\{[^}]+\}/g, '').length,
    }));
  }

  /** The documented path a concrete URL path falls under (the most literal one when several do). */
  templateOf(method: string, urlPath: string): string | null {
    const candidates = this.templates.filter((t) => t.pattern.test(urlPath) && this.document.paths[t.path][method.toLowerCase()]);
    candidates.sort((a, b) => b.literal - a.literal);
    return candidates[0]?.path ?? null;
  }

  check(method: string, url: string, status: number, contentType: string | null, body: string): string | null {
    const urlPath = new URL(url).pathname;
    const template = this.templateOf(method, urlPath);
    if (!template) return `${method} ${urlPath}: no such operation in the document`;
    const response = this.document.paths[template][method.toLowerCase()].responses?.[String(status)];
    if (!response) return `${method} ${template}: answered ${status}, which the document does not list`;
    if (!response.content) return body === '' ? null : `${method} ${template} ${status}: the document says no body, but one came`;
    const type = (contentType ?? '').split(';')[0].trim();
    const media = response.content[type];
    if (!media) return `${method} ${template} ${status}: answered ${type || 'no content type'}, the document names ${Object.keys(response.content).join(', ')}`;
    if (!type.endsWith('json') || !media.schema) return null;
    // The schema's `$ref`s name `#/components/schemas/…`: they resolve against the components carried along.
    const validate = this.ajv.compile({ ...media.schema, components: this.document.components ?? {} });
    if (validate(JSON.parse(body))) return null;
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
    return `${method} ${template} ${status}: the body does not match its schema: ${problems.join('; ')}`;
  }
}
