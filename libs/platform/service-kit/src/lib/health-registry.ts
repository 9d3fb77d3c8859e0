import { Injectable } from '@nestjs/common';

export interface DependencyHealth {
  ok: boolean;
  detail: string;
  /** Numbers behind the detail, for tools that wait on them (e.g. `{ pending: 0 }`). */
  counts?: Record<string, number>;
}

/** Readiness checks, one per service and adapter, registered by the modules that own them. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, () => Promise<DependencyHealth>>();

  register(name: string, check: () => Promise<DependencyHealth>): void {
    this.checks.set(name, check);
  }

  entries(): Array<[string, () => Promise<DependencyHealth>]> {
    return [...this.checks.entries()];
  }
}
