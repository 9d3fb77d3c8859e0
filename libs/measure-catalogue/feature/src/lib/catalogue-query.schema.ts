import { z } from 'zod';
import { CATALOGUE_ITEM_KINDS, INDUSTRY_CODES, NEED_CODES } from '@fhk/contracts';

export const CatalogueListQuerySchema = z
  .object({
    kind: z.enum(CATALOGUE_ITEM_KINDS as [string, ...string[]]).optional(),
    measure: z.coerce.number<string>().int().min(1).max(28).optional(),
    industry: z.enum(INDUSTRY_CODES as [string, ...string[]]).optional(),
    need: z.enum(NEED_CODES as [string, ...string[]]).optional(),
    includeSample: z.enum(['true', 'false']).transform((v) => v === 'true').default(true),
    limit: z.coerce.number<string>().int().min(1).max(500).default(100),
    offset: z.coerce.number<string>().int().min(0).default(0),
  })
  .strict();
export type CatalogueListQuery = z.infer<typeof CatalogueListQuerySchema>;
