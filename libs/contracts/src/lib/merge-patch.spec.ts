import { EnterpriseInputSchema, EnterprisePatchSchema } from '../entities/enterprise.schema';
import { applyMergePatch } from './merge-patch';

describe('JSON Merge Patch (RFC 7396)', () => {
  it('follows the RFC examples', () => {
    expect(applyMergePatch({ a: 'b' }, { a: 'c' })).toEqual({ a: 'c' });
    expect(applyMergePatch({ a: 'b' }, { b: 'c' })).toEqual({ a: 'b', b: 'c' });
    expect(applyMergePatch({ a: 'b' }, { a: null })).toEqual({});
    expect(applyMergePatch({ a: 'b', b: 'c' }, { a: null })).toEqual({ b: 'c' });
    expect(applyMergePatch({ a: ['b'] }, { a: 'c' })).toEqual({ a: 'c' });
    expect(applyMergePatch({ a: { b: 'c' } }, { a: { b: 'd', c: null } })).toEqual({ a: { b: 'd' } });
    expect(applyMergePatch({ a: [{ b: 'c' }] }, { a: [1] })).toEqual({ a: [1] });
    expect(applyMergePatch({ e: null }, { a: 1 })).toEqual({ e: null, a: 1 });
    expect(applyMergePatch([1, 2], { a: 'b', c: null })).toEqual({ a: 'b' });
    expect(applyMergePatch({}, { a: { bb: { ccc: null } } })).toEqual({ a: { bb: {} } });
  });

  it('keeps a __proto__ key as data (for validation to refuse) and never touches a prototype', () => {
    const merged = applyMergePatch({ a: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(EnterpriseInputSchema.safeParse({ name: 'x', city: 'y', ...merged }).success).toBe(false);
  });

  it('gives the enterprise patch no create defaults', () => {
    expect(EnterprisePatchSchema.parse({ needs: '融資' })).toEqual({ needs: '融資' });
    expect(EnterprisePatchSchema.parse({ employees: null })).toEqual({ employees: null });
    expect(EnterprisePatchSchema.safeParse({ revenue: 1 }).success).toBe(false);
  });
});
