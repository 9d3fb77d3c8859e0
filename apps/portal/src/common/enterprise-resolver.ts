import { EnterpriseInputSchema } from '@fhk/contracts';
import { zodResolver } from '@hookform/resolvers/zod';

/** The enterprise-profiles service's own schema as a react-hook-form resolver (its own chunk, with zod). */
export const enterpriseSchemaResolver = zodResolver(EnterpriseInputSchema);
