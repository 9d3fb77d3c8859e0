import { headersOf, registerMessageHeaderReader } from './message-headers';
import { decodeMessageValue, encodeMessageValue } from './message-codec';

describe('headersOf', () => {
  it('knows no transport of its own: a context no adapter has taught it gives no headers', () => {
    expect(headersOf({ some: 'context' })).toEqual({});
    expect(headersOf(undefined)).toEqual({});
  });

  it('asks each registered reader in turn and returns the first that recognises the context', () => {
    class TestContext {
      constructor(readonly headers: Record<string, string>) {}
    }
    registerMessageHeaderReader((context) => (context instanceof TestContext ? context.headers : undefined));
    expect(headersOf(new TestContext({ ce_type: 'test.thing.happened.v1' }))).toEqual({ ce_type: 'test.thing.happened.v1' });
    expect(headersOf({ headers: { ce_type: 'not a registered context' } })).toEqual({});
  });
});

describe('message codec', () => {
  it('round-trips JSON and hands anything else on as the raw string', () => {
    const value = { name: '安溪鐵觀音茶業', needs: ['資金池', 'cash pooling'], nested: { none: null } };
    expect(decodeMessageValue(encodeMessageValue(value))).toEqual(value);
    expect(decodeMessageValue(Buffer.from(encodeMessageValue(value)))).toEqual(value);
    expect(decodeMessageValue('{not json')).toBe('{not json');
    expect(decodeMessageValue(null)).toBeNull();
  });
});
