import { AUDIT_LOG, AuditEntry, requestContextMiddleware } from '@fhk/platform/audit';
import { Principal } from '@fhk/platform/auth';
import { BulkTooLargeError, MAX_IMPORT_ROWS } from '@fhk/platform/bulk';
import { OUTBOX_COLLECTION, OutboxRecord } from '@fhk/platform/outbox';
import { DocumentStore } from '@fhk/platform/store';
import { Enterprise } from '@fhk/contracts';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { openEnterpriseService } from './testing/enterprise-service.fixture';
import { CONSENTS, ENTERPRISES } from './enterprise.repository';
import { ConsentRecord } from './consent.schema';
import { importEnterprises } from './enterprise-import';

describe('bulk import of enterprise profiles (NDJSON)', () => {
  let store: DocumentStore;
  let service: EnterpriseProfilesService;
  beforeEach(async () => {
    ({ store, service } = await openEnterpriseService());
  });
  afterEach(() => store.close());

  const owner: Principal = { subject: 'firm-a', username: 'a', roles: ['enterprise'] };
  const admin: Principal = { subject: 'admin', username: 'admin', roles: ['profiles-admin'] };
  const ndjson = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
  const noChange = { dryRun: false, validOnly: false };
  const stored = () => store.find<Enterprise>(ENTERPRISES, { orderBy: [['id', 'asc']] });
  const events = async () => (await store.find<OutboxRecord>(OUTBOX_COLLECTION, { orderBy: [['id', 'asc']] })).map((r) => JSON.parse(r.value).data as { id: string; version: number });
  const asRequest = <T>(principal: Principal, work: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => requestContextMiddleware({ method: 'POST', ip: '10.0.0.5', route: { path: '/api/enterprises/import' }, principal }, null, () => work().then(resolve, reject)));

  it('creates every profile by the rules of one POST: owner, consent history, one event and one audit entry each', async () => {
    const body = ndjson({ name: '福州茶業', city: '福州', industry: '茶葉' }, '', { name: '廈門電子', city: '廈門', outreachConsent: true }, { name: 'Quanzhou Toys', city: '泉州' });
    const { status, report } = await asRequest(owner, () => importEnterprises(service, owner, body, noChange));
    expect({ status, applied: report.applied, rows: report.rows, invalidCount: report.invalidCount, created: report.created.length }).toEqual({ status: 200, applied: true, rows: 3, invalidCount: 0, created: 3 });
    const firms = await stored();
    expect(firms.map((f) => f.name).sort()).toEqual(['Quanzhou Toys', '廈門電子', '福州茶業']);
    expect(firms.every((f) => f.ownerId === 'firm-a' && f.version === 1)).toBe(true);
    expect((await events()).map((e) => e.id).sort()).toEqual([...report.created].sort());
    const consents = await store.find<ConsentRecord>(CONSENTS, {});
    expect(consents.map((c) => [firms.find((f) => f.id === c.enterpriseId)?.name, c.granted])).toEqual([['廈門電子', true]]);
    const audit = await store.find<AuditEntry>(AUDIT_LOG, {});
    expect(audit.map((e) => `${e.actor?.subject} ${e.action} ${e.route} ${e.target.id}`).sort()).toEqual(report.created.map((id) => `firm-a create POST /api/enterprises/import ${id}`).sort());
    // profiles-admin imports profiles nobody owns yet, as with one POST.
    const byAdmin = await importEnterprises(service, admin, ndjson({ name: '寧德電池', city: '寧德' }), noChange);
    expect((await stored()).find((f) => f.id === byAdmin.report.created[0])?.ownerId).toBeNull();
  });

  it('reports every bad line (line, field, why) and writes nothing, unless validOnly; a dry run never writes', async () => {
    const body = ndjson({ name: '福州茶業', city: '福州' }, '{"name": "broken', { name: '', city: '福州' }, { name: '廈門電子', city: '廈門', colour: 'red' }, '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]');
    const refused = await importEnterprises(service, owner, body, noChange);
    expect(refused.status).toBe(422);
    expect(refused.report.invalid.map((p) => [p.row, p.field])).toEqual([
      [2, '(row)'],
      [3, 'name'],
      [4, 'colour'],
      [5, '(row)'],
    ]);
    expect(refused.report.invalid[0].reason).toMatch(/^not valid JSON/);
    expect(refused.report.invalid[3].reason).toMatch(/nested deeper than 32/);
    expect({ applied: refused.report.applied, created: refused.report.created, rows: refused.report.rows }).toEqual({ applied: false, created: [], rows: 5 });
    expect(await stored()).toEqual([]);
    expect(await events()).toEqual([]);

    const dry = await importEnterprises(service, owner, body, { dryRun: true, validOnly: true });
    expect({ status: dry.status, applied: dry.report.applied, invalidCount: dry.report.invalidCount }).toEqual({ status: 200, applied: false, invalidCount: 4 });
    expect(await stored()).toEqual([]);

    const validOnly = await importEnterprises(service, owner, body, { dryRun: false, validOnly: true });
    expect({ status: validOnly.status, created: validOnly.report.created.length }).toEqual({ status: 200, created: 1 });
    expect((await stored()).map((f) => f.name)).toEqual(['福州茶業']);
  });

  it('refuses a body that is not NDJSON text, and more lines than an import may carry', async () => {
    await expect(importEnterprises(service, owner, [{ name: 'x', city: 'y' }], noChange)).rejects.toMatchObject({ name: 'BulkParseError' });
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => '{"name":"x","city":"y"}').join('\n');
    await expect(importEnterprises(service, owner, tooMany, noChange)).rejects.toBeInstanceOf(BulkTooLargeError);
    expect(await stored()).toEqual([]);
  });
});
