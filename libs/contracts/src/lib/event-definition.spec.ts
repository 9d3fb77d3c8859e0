import { EnterpriseChangedEvent } from '../events/enterprise-changed/enterprise-changed.event';
import { buildEvent, InvalidEventError, parseEvent } from './event-definition';

const now = '2026-11-24T08:00:00.000Z';
const enterprise = { id: 'e1', version: 1, name: '安溪茶業', city: '安溪', industry: '', products: '', needs: '', markets: '', employees: null, language: null, outreachConsent: false, ownerId: null, contact: null, createdAt: now, updatedAt: now };

describe('event definitions', () => {
  it('build a CloudEvents envelope keyed by the aggregate, and parse it back', () => {
    const envelope = buildEvent(EnterpriseChangedEvent, { id: 'e1', version: 1, deleted: false, entity: enterprise }, { id: 'evt1', source: 'urn:test' });
    expect(envelope).toMatchObject({ specversion: '1.0', type: 'enterprise-profiles.enterprise.changed.v1', subject: 'e1', datacontenttype: 'application/json' });
    expect(parseEvent(EnterpriseChangedEvent, JSON.parse(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it('refuse to build an invalid payload, naming the field', () => {
    expect(() => buildEvent(EnterpriseChangedEvent, { id: 'e1', version: 0, deleted: false, entity: enterprise }, { id: 'x', source: 's' })).toThrow(/version/);
  });

  it('reject inbound messages with every problem named', () => {
    const valid = buildEvent(EnterpriseChangedEvent, { id: 'e1', version: 1, deleted: false, entity: enterprise }, { id: 'evt1', source: 'urn:test' });
    const cases: Array<[unknown, RegExp]> = [
      ['not json at all', /\(root\)/],
      [{ ...valid, specversion: '0.3' }, /specversion/],
      [{ ...valid, type: 'measure-catalogue.catalogue-item.changed.v1' }, /type: expected enterprise-profiles/],
      [{ ...valid, data: { ...valid.data, entity: { ...enterprise, employees: 'many' } } }, /data\.entity\.employees/],
      [{ ...valid, data: { ...valid.data, deleted: true } }, /data\.entity: entity must be null exactly when deleted/],
    ];
    for (const [raw, message] of cases) {
      let error: unknown;
      try {
        parseEvent(EnterpriseChangedEvent, raw);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidEventError);
      expect((error as InvalidEventError).issues.join('\n')).toMatch(message);
    }
  });
});
