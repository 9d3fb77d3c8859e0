import { ApiError } from '@fhk/web/api-client';
import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the portal: catalogue, calendar and matches are reused across pages (5 minutes
 * fresh), client errors (4xx) are not retried, network failures twice.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
}
