import { z } from 'zod';
import { EnterpriseSchema } from '@fhk/contracts';
import { AuditEntrySchema } from '@fhk/platform/audit';
import { BulkImportReportSchema } from '@fhk/platform/bulk';
import { apiComponent, pageSchemaOf } from '@fhk/platform/http';
import { ConsentRecordSchema } from './consent.schema';

apiComponent('Enterprise', EnterpriseSchema);
apiComponent('ConsentRecord', ConsentRecordSchema);

/** What the enterprise-profiles routes answer, as their OpenAPI document states it. */
export const EnterprisePageSchema = pageSchemaOf(EnterpriseSchema);
export const ConsentHistorySchema = z.object({ items: z.array(ConsentRecordSchema) });
/** An import only creates profiles: the bulk report without `updated` and `unchanged`. */
export const EnterpriseImportReportSchema = BulkImportReportSchema.omit({ updated: true, unchanged: true });
export const EnterpriseExportSchema = z.object({
  service: z.literal('enterprise-profiles'),
  exportedAt: z.iso.datetime(),
  profile: EnterpriseSchema,
  consents: z.array(ConsentRecordSchema),
  audit: z.array(AuditEntrySchema),
});
