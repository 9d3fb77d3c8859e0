import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { describeZodIssues } from './validation-issue';

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
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new BadRequestException({ message: `Request ${this.what} is invalid`, issues: describeZodIssues(result.error) });
    }
    return result.data;
  }
}
