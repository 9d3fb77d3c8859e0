import { SqliteDocumentStore } from '@fhk/platform/store-sqlite';
import { DocumentStore } from '@fhk/platform/store';
import { AUDIT_COLLECTIONS, AUDIT_LOG, AuditEntry } from './audit-entry';
import { AuditTrail } from './audit-trail';
import { AuditedRequest, currentRequest, requestContextMiddleware } from './request-context';

const asRequest = <T>(request: AuditedRequest, work: () => Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => requestContextMiddleware(request, null, () => work().then(resolve, reject)));

describe('AuditTrail', () => {
  let store: DocumentStore;
  let trail: AuditTrail;
  beforeEach(async () => {
    store = new SqliteDocumentStore({ file: ':memory:' });
    await store.init(AUDIT_COLLECTIONS);
    trail = new AuditTrail(store, 'enterprise-profiles');
  });
  afterEach(() => store.close());

  const staff = { subject: 'demo-agency-staff', username: 'agency-staff', roles: ['agency-staff' as const] };

  it('records who, role, what, which firm, when, from where and the route of the current request', async () => {
    await asRequest({ method: 'get', ip: '10.1.2.3', route: { path: '/api/enterprises/:id' }, principal: staff }, () => trail.record('read', [{ type: 'enterprise', id: 'f1', enterpriseId: 'f1' }]));
    const [entry] = await store.find<AuditEntry>(AUDIT_LOG);
    expect(entry).toMatchObject({
      service: 'enterprise-profiles',
      actor: { subject: 'demo-agency-staff', username: 'agency-staff', roles: ['agency-staff'] },
      action: 'read',
      target: { type: 'enterprise', id: 'f1' },
      enterpriseId: 'f1',
      from: '10.1.2.3',
      route: 'GET /api/enterprises/:id',
    });
    expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('outside a request names no actor, and keeps each request to its own context', async () => {
    expect(currentRequest()).toBeUndefined();
    await trail.record('create', [{ type: 'calendar-event', id: 'seeded' }]);
    const other = { subject: 'demo-profiles-admin', username: 'profiles-admin', roles: ['profiles-admin' as const] };
    await Promise.all([
      asRequest({ method: 'GET', ip: 'a', route: { path: '/x' }, principal: staff }, async () => {
        await new Promise((r) => setTimeout(r, 5));
        await trail.record('read', [{ type: 'enterprise', id: 'by-staff' }]);
      }),
      asRequest({ method: 'GET', ip: 'b', route: { path: '/y' }, principal: other }, () => trail.record('read', [{ type: 'enterprise', id: 'by-admin' }])),
    ]);
    const entries = await store.find<AuditEntry>(AUDIT_LOG);
    const byTarget = Object.fromEntries(entries.map((e) => [e.target.id, [e.actor?.subject ?? null, e.from]]));
    expect(byTarget).toEqual({ seeded: [null, null], 'by-staff': ['demo-agency-staff', 'a'], 'by-admin': ['demo-profiles-admin', 'b'] });
  });

  it('adds its entries to a change as insert operations, and stores nothing for no targets', async () => {
    const operations = trail.entries('update', [{ type: 'enterprise', id: 'f1', enterpriseId: 'f1' }]);
    expect(operations).toEqual([expect.objectContaining({ op: 'insert', collection: AUDIT_LOG })]);
    await trail.record('read', []);
    expect(await store.count(AUDIT_LOG)).toBe(0);
  });

  it('finds entries newest first, filtered by firm, actor, action and time', async () => {
    await asRequest({ method: 'GET', principal: staff }, async () => {
      await trail.record('read', [{ type: 'enterprise', id: 'f1', enterpriseId: 'f1' }]);
      await new Promise((r) => setTimeout(r, 5));
      await trail.record('read', [{ type: 'enterprise', id: 'f2', enterpriseId: 'f2' }]);
    });
    await trail.record('delete', [{ type: 'enterprise', id: 'f1', enterpriseId: 'f1' }]);
    const all = await trail.find({ limit: 10, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.action)).toEqual(['delete', 'read', 'read']);
    expect((await trail.find({ enterpriseId: 'f1', limit: 10, offset: 0 })).items.map((e) => e.action)).toEqual(['delete', 'read']);
    expect((await trail.find({ actor: 'demo-agency-staff', action: 'read', limit: 10, offset: 0 })).total).toBe(2);
    const cut = all.items[1].at;
    expect((await trail.find({ since: cut, limit: 10, offset: 0 })).items.every((e) => e.at >= cut)).toBe(true);
    expect((await trail.find({ until: cut, limit: 10, offset: 0 })).items.every((e) => e.at < cut)).toBe(true);
    expect((await trail.find({ limit: 1, offset: 1 })).items).toHaveLength(1);
  });
});
