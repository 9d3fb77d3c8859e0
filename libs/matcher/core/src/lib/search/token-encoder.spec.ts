import { TERM_DICTIONARY } from '../dictionary/term-dictionary';
import { conceptToken, decodeToken, encodeToken, isConceptToken, toIndexField } from './token-encoder';

describe('token encoding', () => {
  it('leaves plain ASCII tokens alone and hex-encodes the rest per code point', () => {
    expect(encodeToken('tea')).toBe('tea');
    expect(encodeToken('2026')).toBe('2026');
    expect(encodeToken('茶叶')).toBe('x8336x53f6');
    expect(encodeToken('𠀀茶')).toBe('x20000x8336');
    expect(encodeToken('\u{10ffff}')).toBe('x10ffff');
    expect(encodeToken('café')).toBe('x0063x0061x0066x00e9');
  });

  it('encodes plain tokens that look encoded or look like concepts, so shapes never collide', () => {
    expect(encodeToken('xface')).toBe('x0078x0066x0061x0063x0065');
    expect(encodeToken('x8336x53f6')).not.toBe('x8336x53f6');
    expect(encodeToken('zzitea')).not.toBe(conceptToken('industry', 'tea'));
    expect(encodeToken('xylophone')).toBe('xylophone'); // not hex after the x
    expect(encodeToken('x0ffff')).toBe('x0ffff'); // not canonical, so cannot be an encoding
  });

  it('round-trips every string, including astral and lone surrogate code points', () => {
    const samples = ['', 'tea', '茶叶', 'xface', 'x8336', 'x8336x53f6', 'zzitea', 'zz', 'a b', 'TEA', '😀', '\ud800', 'x10ffff', 'x12345'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i++) {
      const length = 1 + Math.floor(random() * 6);
      let s = '';
      for (let k = 0; k < length; k++) {
        const pool = ['x', 'z', 'a', 'f', '0', '9', '茶', '😀', '\ud800', String.fromCodePoint(Math.floor(random() * 0x10ffff))];
        s += pool[Math.floor(random() * pool.length)];
      }
      samples.push(s);
    }
    const encoded = new Map<string, string>();
    for (const s of samples) {
      const e = encodeToken(s);
      if (s) expect(e).toMatch(/^[a-z0-9]+$/);
      expect(decodeToken(e)).toBe(s);
      const earlier = encoded.get(e);
      if (earlier !== undefined) expect(earlier).toBe(s); // injective
      encoded.set(e, s);
    }
  });

  it('gives every dictionary concept its own concept token', () => {
    const tokens = TERM_DICTIONARY.map((e) => conceptToken(e.concept.kind, e.concept.code));
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.every(isConceptToken)).toBe(true);
    expect(conceptToken('need', 'fund-pooling')).toBe('zznfundpooling');
    expect(isConceptToken(encodeToken('zzitea'))).toBe(false);
  });

  it('builds a space-separated, deduplicated index field', () => {
    const field = toIndexField(['tea', '茶叶', { text: 'tea' }, { kind: 'industry', code: 'tea' }, '茶叶', '']);
    expect(field).toBe('tea x8336x53f6 zzitea');
    expect(field).toMatch(/^[a-z0-9 ]*$/);
  });
});
