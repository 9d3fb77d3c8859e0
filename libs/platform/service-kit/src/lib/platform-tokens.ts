import type { ServiceName } from '@fhk/platform/config';
import type { SearchEngine } from '@fhk/platform/search';
import type { DocumentStore } from '@fhk/platform/store';

/** The process's validated `PlatformConfig` (provided by the app's runtime). */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');

/**
 * What a service module asks the process for, as ports: the app's runtime chose the adapters
 * behind them (`PlatformRuntime` in `@fhk/platform/runtime` implements this; ADR 0016).
 */
export interface ServiceAdapters {
  /** This service's own store (not yet `init`ed). */
  openStore(service: ServiceName): Promise<DocumentStore>;
  openSearch(): Promise<SearchEngine>;
}

export const SERVICE_ADAPTERS = Symbol('SERVICE_ADAPTERS');
