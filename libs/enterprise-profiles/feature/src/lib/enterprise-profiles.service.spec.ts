import { AUDIT_LOG, AuditEntry, requestContextMiddleware } from '@fhk/platform/audit';
import { ForbiddenException, PreconditionFailedException, NotFoundException } from '@nestjs/common';
import { Principal } from '@fhk/platform/auth';
import { EnterpriseInputSchema } from '@fhk/contracts';
import { OUTBOX_COLLECTION, OutboxRecord } from '@fhk/platform/outbox';
import { DocumentStore } from '@fhk/platform/store';
import { EnterpriseProfilesService } from './enterprise-profiles.service';
import { openEnterpriseService } from './testing/enterprise-service.fixture';

describe('EnterpriseProfilesService', () => {
  let store: DocumentStore;
  let service: EnterpriseProfilesService;
  beforeEach(async () => {
    ({ store, service } = await openEnterpriseService());
  });
  afterEach(() => store.close());

  const events = async () =>
    (await store.find<OutboxRecord>(OUTBOX_COLLECTION, { orderBy: [['id', 'asc']] })).map((r) => JSON.parse(r.value).data as { version: number; deleted: boolean });

  const owner: Principal = { subject: 'firm-a', username: 'a', roles: ['enterprise'] };
  const other: Principal = { subject: 'firm-b', username: 'b', roles: ['enterprise'] };
  const admin: Principal = { subject: 'admin', username: 'admin', roles: ['profiles-admin'] };
  const staff: Principal = { subject: 'staff', username: 'staff', roles: ['agency-staff'] };
  const platformAdmin: Principal = { subject: 'ops', username: 'ops', roles: ['platform-admin'] };
  const contact = { person: '林小姐', role: '經理', email: 'lin@example.com', phone: '+86 591 1234', wechat: 'lin' };

  it('publishes every change with the state it produced, in order', async () => {
    const created = await service.create(owner, EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州', employees: 25 }));
    const updated = await service.update(owner, created.id, { employees: 30 }, 1);
    await service.remove(owner, created.id, updated.version);
    expect((await events()).map((e) => [e.version, e.deleted])).toEqual([[1, false], [2, false], [3, true]]);
    await expect(service.get(admin, created.id)).rejects.toBeInstanceOf(NotFoundException);
  });

  it('refuses a stale update and publishes nothing for it', async () => {
    const created = await service.create(owner, EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州' }));
    await service.update(owner, created.id, { city: '廈門' }, 1);
    await expect(service.update(owner, created.id, { city: '泉州' }, 1)).rejects.toBeInstanceOf(PreconditionFailedException);
    expect((await service.get(owner, created.id)).city).toBe('廈門');
    expect(await events()).toHaveLength(2);
  });

  it('keeps each firm to its owner: another enterprise gets the same 403 for a foreign and a missing firm', async () => {
    const created = await service.create(owner, EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州' }));
    expect(created.ownerId).toBe('firm-a');
    await expect(service.get(other, created.id)).rejects.toBeInstanceOf(ForbiddenException);
    await expect(service.get(other, 'no-such-id')).rejects.toBeInstanceOf(ForbiddenException);
    await expect(service.update(other, created.id, { city: '泉州' }, 1)).rejects.toBeInstanceOf(ForbiddenException);
    expect((await service.list(other, { limit: 10, offset: 0 })).total).toBe(0);
    expect((await service.list(owner, { limit: 10, offset: 0 })).total).toBe(1);
    expect((await service.list(admin, { limit: 10, offset: 0 })).total).toBe(1);
  });

  it('shows contact details to the owner, profiles-admin and consenting firms\' staff only', async () => {
    const quiet = await service.create(owner, EnterpriseInputSchema.parse({ name: '寧德電池', city: '寧德', contact }));
    const open = await service.create(owner, EnterpriseInputSchema.parse({ name: '泉州玩具', city: '泉州', contact, outreachConsent: true }));
    expect((await service.get(owner, quiet.id)).contact).toEqual(contact);
    expect((await service.get(admin, quiet.id)).contact).toEqual(contact);
    await expect(service.get(staff, quiet.id)).rejects.toBeInstanceOf(ForbiddenException);
    expect((await service.get(staff, open.id)).contact).toEqual(contact);
    expect((await service.list(staff, { limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([open.id]);
    expect((await service.get(platformAdmin, quiet.id)).contact).toBeNull();
    expect((await service.get(platformAdmin, quiet.id)).name).toBe('寧德電池');
  });

  /** Runs `work` as the request of `principal` from 10.0.0.5 on `route`, as the HTTP middleware would. */
  const asRequest = <T>(principal: Principal, route: string, work: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const [method, path] = route.split(' ');
      requestContextMiddleware({ method, ip: '10.0.0.5', route: { path }, principal }, null, () => work().then(resolve, reject));
    });
  const audit = () => store.find<AuditEntry>(AUDIT_LOG, { orderBy: [['at', 'asc'], ['id', 'asc']] });

  it('audits every change in its own commit, and reads by staff and admins but not by the owner', async () => {
    const created = await asRequest(owner, 'POST /api/enterprises', () => service.create(owner, EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州', outreachConsent: true, contact })));
    await asRequest(owner, 'GET /api/enterprises/:id', () => service.get(owner, created.id));
    await asRequest(staff, 'GET /api/enterprises', () => service.list(staff, { limit: 10, offset: 0 }));
    await asRequest(platformAdmin, 'GET /api/enterprises/:id', () => service.get(platformAdmin, created.id));
    await asRequest(owner, 'DELETE /api/enterprises/:id', () => service.remove(owner, created.id, 1));
    const entries = await audit();
    expect(entries.map((e) => [e.actor?.subject, e.action, e.route])).toEqual([
      ['firm-a', 'create', 'POST /api/enterprises'],
      ['staff', 'read', 'GET /api/enterprises'],
      ['ops', 'read', 'GET /api/enterprises/:id'],
      ['firm-a', 'delete', 'DELETE /api/enterprises/:id'],
    ]);
    for (const e of entries) expect(e).toMatchObject({ service: 'enterprise-profiles', enterpriseId: created.id, target: { type: 'enterprise', id: created.id }, from: '10.0.0.5' });
    // The fact of the deletion stays; none of the firm's data is in the log.
    expect(JSON.stringify(entries)).not.toMatch(/福州軟件|林小姐|lin@example.com/);
  });

  it('exports the profile, its consent history and the audit entries about it to the owner only', async () => {
    const created = await service.create(owner, EnterpriseInputSchema.parse({ name: '福州軟件', city: '福州', outreachConsent: true }));
    await asRequest(staff, 'GET /api/enterprises/:id', () => service.get(staff, created.id));
    const exported = await asRequest(owner, 'GET /api/enterprises/:id/export', () => service.export(owner, created.id));
    expect(exported.profile.id).toBe(created.id);
    expect(exported.consents.map((c) => c.granted)).toEqual([true]);
    expect(exported.audit.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read', 'export']));
    await expect(service.export(other, created.id)).rejects.toBeInstanceOf(ForbiddenException);
    await expect(service.export(staff, created.id)).rejects.toBeInstanceOf(ForbiddenException);
    expect(await service.owns(owner, created.id)).toBe(true);
    expect(await service.owns(other, created.id)).toBe(false);
  });
});
