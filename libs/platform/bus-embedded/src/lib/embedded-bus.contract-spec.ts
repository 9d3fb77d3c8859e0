import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBusContract } from '@fhk/platform/bus/testing';
import { EmbeddedBusTransport } from './embedded-bus.transport';

const dir = mkdtempSync(join(tmpdir(), 'bus-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBusContract('embedded', async () => new EmbeddedBusTransport({ file: join(dir, 'bus.sqlite'), retryBackoffMs: { initial: 20, max: 200 } }));
