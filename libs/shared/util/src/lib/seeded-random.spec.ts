import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  const saved = process.env.FAULT_SEED;
  afterEach(() => {
    if (saved === undefined) delete process.env.FAULT_SEED;
    else process.env.FAULT_SEED = saved;
    jest.restoreAllMocks();
  });

  it('replays the same choices from the printed seed', () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const first = seededRandom('probe');
    const draws = Array.from({ length: 50 }, first);
    const seed = /FAULT_SEED=(\d+)/.exec(String(log.mock.calls[0][0]))?.[1];
    expect(seed).toBeDefined();
    process.env.FAULT_SEED = seed;
    expect(Array.from({ length: 50 }, seededRandom('probe'))).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(50);
  });

  it('gives other choices for another seed', () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    process.env.FAULT_SEED = '1';
    const a = Array.from({ length: 5 }, seededRandom('a'));
    process.env.FAULT_SEED = '2';
    expect(Array.from({ length: 5 }, seededRandom('b'))).not.toEqual(a);
  });
});
