import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { cappedIssues, describeZodIssues } from './validation-issue';

/**
 * Validates (and coerces defaults into) a body or query with a zod schema. Failure is a 400 whose
 * body lists every bad field with its reason; nothing downstream runs, so nothing is written.
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly what: 'body' | 'query' | 'params' = 'body',
  ) {}

  transform(value: unknown): z.infer<T> {
    if (this.what === 'body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
      if (!(this.schema instanceof z.ZodArray)) {
        throw new BadRequestException({
          message: 'Request body must be a JSON object',
          issues: [{ field: '(body)', reason: 'expected a JSON object with Content-Type: application/json' }],
        });
      }
    }
    return validateWith(this.schema, value, this.what);
  }
}

/** Parses with a zod schema or throws the 400 that lists every bad field (also for merged PATCH results). */
export function validateWith<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BadRequestException({ message: `Request ${what} is invalid`, ...cappedIssues(describeZodIssues(result.error)) });
  }
  return result.data;
}

/** A JSON Merge Patch body: any JSON object (what it may change is checked on the merged result). */
export const MergePatchBodySchema = z.record(z.string(), z.unknown());
