/** How deeply a JSON request body may nest objects and arrays (the API's own bodies need fewer than 8 levels). */
export const MAX_JSON_DEPTH = 32;

/** A body nested deeper than MAX_JSON_DEPTH: refused before parsing, so no recursive code downstream can overflow its stack. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly type = 'entity.too.deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    this.name = 'JsonTooDeepError';
  }
}

/** One pass over the raw bytes (brackets inside strings do not count); throws JsonTooDeepError. */
export function assertJsonDepth(body: Buffer, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === 0x5c) i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > maxDepth) throw new JsonTooDeepError();
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
}
