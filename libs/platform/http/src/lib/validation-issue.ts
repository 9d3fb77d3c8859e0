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

/** How many issues an error body lists; `issueCount` always says how many there were. */
export const MAX_LISTED_ISSUES = 100;

/** The first MAX_LISTED_ISSUES issues and the total, so an error is never larger than its cause deserves. */
export function cappedIssues(issues: ValidationIssue[]): { issues: ValidationIssue[]; issueCount: number } {
  const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);
  return { issues: issues.slice(0, MAX_LISTED_ISSUES).map((i) => ({ field: clip(i.field), reason: clip(i.reason) })), issueCount: issues.length };
}
