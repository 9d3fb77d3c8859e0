import { INestApplication } from '@nestjs/common';
import { BusTransport } from '@fhk/platform/bus';
import { loadConfig } from '@fhk/platform/config';
import { composeRootModule, PlatformRuntime, startHttpService } from '@fhk/platform/runtime';
import { waitFor } from '@fhk/shared/util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLATFORM_CONSUMER_GROUP, PLATFORM_DESCRIPTION, PLATFORM_FEATURES, PLATFORM_TITLE } from './platform.features';

export interface InProcessPlatform {
  app: INestApplication;
  runtime: PlatformRuntime;
  url: string;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The whole platform in the test process, on a free port, with its own data directory and,
 * optionally, a bus of the test's making (fault injection).
 */
export async function startInProcessPlatform(
  options: { dataDir?: string; env?: Record<string, string>; bus?: (dataDir: string) => BusTransport } = {},
): Promise<InProcessPlatform> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'platform-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', ...options.env });
  const runtime = new PlatformRuntime(config, { bus: options.bus?.(dataDir) });
  const app = await startHttpService({
    runtime,
    rootModule: composeRootModule(runtime, 'platform', PLATFORM_FEATURES),
    title: PLATFORM_TITLE,
    description: PLATFORM_DESCRIPTION,
    consumerGroup: PLATFORM_CONSUMER_GROUP,
    port: 0,
  });
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    runtime,
    url,
    dataDir,
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** JSON over HTTP with the status, for tests. */
export async function http<T = unknown>(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {}) {
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, body: json as T, text };
}

/** Waits until every outbox is empty and the matcher has consumed everything (the system is at rest). */
export async function waitUntilSettled(url: string, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () => {
      const health = await http<{ details: Record<string, { detail?: string }> }>(`${url}/api/health/ready`);
      const outboxesEmpty = Object.entries(health.body.details)
        .filter(([name]) => name.endsWith(':outbox'))
        .every(([, check]) => check.detail?.startsWith('0 event'));
      if (!outboxesEmpty) return false;
      return (await http<{ consumerLag: number }>(`${url}/api/matcher/index`)).body.consumerLag === 0;
    },
    'outboxes to drain and the matcher to catch up',
    timeoutMs,
  );
}
