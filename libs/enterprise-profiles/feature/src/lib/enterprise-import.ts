import { EnterpriseInput, EnterpriseInputSchema } from '@fhk/contracts';
import { Principal } from '@fhk/platform/auth';
import { BulkImportQuerySchema, MAX_REPORTED_PROBLEMS, parseNdjsonRows, validateRows } from '@fhk/platform/bulk';
import { z } from 'zod';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { EnterpriseImportReportSchema } from './enterprise-responses.schema';

/** dryRun and validOnly, as the other bulk imports have them (the format is always NDJSON). */
export const EnterpriseImportQuerySchema = BulkImportQuerySchema.omit({ format: true }).strict();
export type EnterpriseImportQuery = z.infer<typeof EnterpriseImportQuerySchema>;

/** The bulk import's report without `updated`/`unchanged` (an import only creates profiles); `created` in line order. */
export type EnterpriseImportReport = z.infer<typeof EnterpriseImportReportSchema>;

/**
 * `POST /api/enterprises/import`: one profile per NDJSON line, each validated as the single
 * `POST /api/enterprises` body is. Every problem is reported (line, field, reason); nothing is
 * written when a line is invalid unless `validOnly`, nor on a dry run. The valid profiles are
 * created in one commit (same owner, consent, audit and event rules as one at a time).
 * Status: 422 when invalid lines stopped a real import, else 200.
 */
export async function importEnterprises(
  service: EnterpriseProfilesService,
  principal: Principal,
  body: unknown,
  query: EnterpriseImportQuery,
): Promise<{ status: 200 | 422; report: EnterpriseImportReport }> {
  const { rows, unreadable } = parseNdjsonRows(body);
  const checked = await validateRows<EnterpriseInput>(rows, EnterpriseInputSchema);
  const invalid = [...unreadable.invalid, ...checked.invalid].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_PROBLEMS);
  const invalidCount = unreadable.invalidCount + checked.invalidCount;
  const write = !query.dryRun && (invalidCount === 0 || query.validOnly) && checked.valid.length > 0;
  const created = write ? await service.createMany(principal, checked.valid.map((v) => v.value)) : [];
  const report: EnterpriseImportReport = { dryRun: query.dryRun, applied: created.length > 0, rows: rows.length + unreadable.invalidCount, invalid, invalidCount, created: created.map((e) => e.id) };
  return { status: invalidCount > 0 && !query.dryRun && !query.validOnly ? 422 : 200, report };
}
