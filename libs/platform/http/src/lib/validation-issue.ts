import { z } from 'zod';

/** One problem with a request: which field, and why. */
export interface ValidationIssue {
  field: string;
  reason: string;
}

export function describeZodIssues(error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, reason: 'is not a known field' }));
    }
    return [{ field: path || '(body)', reason: issue.message }];
  });
}
