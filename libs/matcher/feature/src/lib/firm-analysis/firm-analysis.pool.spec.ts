import { Enterprise } from '@fhk/contracts';
import { compactMatchable, toMatchableEnterprise } from '@fhk/matcher/core';
import { enterpriseSearchDocument } from '../search/search-document.mapper';
import { analyseFirm, FirmAnalyser, FirmAnalysis, InThreadFirmAnalyser, withProfile } from './firm-analysis';
import { SMALLEST_BATCH_FOR_WORKERS, WorkerPoolFirmAnalyser } from './firm-analysis.pool';
import { answer } from './firm-analysis.worker';
import { PreparedFirmAnalyses } from './prepared-firm-analyses';
import { enterpriseFixture } from '../testing/enterprise.fixture';

const base = (id: string, fields: Partial<Enterprise>): Enterprise => enterpriseFixture({ id, ...fields });

/** Firms in the three languages, mixed scripts, full-width Latin, negation, things done, empty and long fields. */
const HAND_WRITTEN: Enterprise[] = [
  base('zh-hant-tea', { name: '安溪鐵觀音茶業有限公司', city: '安溪', industry: 'tea', products: '鐵觀音 烏龍茶', needs: '參展 商標', language: 'zh-Hant' }),
  base('zh-hans-battery', { name: '宁德锂电池科技', city: '宁德市', products: '锂电池、储能系统', needs: '我们想让海外几家子公司的资金统一在香港管理，不需要上市', markets: '东盟 欧洲', employees: 800 }),
  base('en-stone', { name: 'Xiamen Granite Works', city: 'Xiamen', industry: 'building materials', products: 'granite slabs, stone carving', needs: "sort out how we're taxed on both sides; no need for a listing", markets: 'Europe, Middle East' }),
  base('mixed', { name: 'ＦＵＪＩＡＮ 福州[SAMPLE] Drone 無人機', city: '福州', products: '無人機 drones ＡＩ chips 芯片', needs: '已在香港註冊公司，想找香港律師和資金池 cash pooling, 展會', markets: 'ASEAN 东盟', outreachConsent: true }),
  base('cantonese', { name: '晉江運動鞋廠', city: '晉江', products: '運動鞋', needs: '唔使上市，想搵融資', employees: 35 }),
  base('empty', { name: '某公司' }),
  base('long', { name: '莆田家具', products: '家具 '.repeat(600), needs: 'financing trade fair trademark '.repeat(80), version: 7 }),
];

const WORDS = ['鐵觀音', '烏龍茶', '石材', '运动鞋', '鋰電池', '无人机', '鮑魚', '紡織面料', '陶瓷', 'granite', 'sneakers', 'abalone', 'ceramics', 'payments', 'logistics', '跨境支付', '冷鏈物流'];
const NEEDS = ['參展', '融资', 'trademark', '上市', '找香港律師', 'tax on both sides', '不需要上市', '資金池', 'cash pooling', 'find a fair', '招聘人才'];
const CITIES = ['福州', '厦门', '泉州', '晉江', '安溪', 'Ningde', 'Zhangzhou', ''];
const generated = Array.from({ length: 60 }, (_, i) =>
  base(`g${i}`, {
    name: `${WORDS[i % WORDS.length]} ${['有限公司', 'Co., Ltd.', '科技'][i % 3]}`,
    city: CITIES[i % CITIES.length],
    products: `${WORDS[(i * 7) % WORDS.length]}、${WORDS[(i * 3 + 1) % WORDS.length]}`,
    needs: `${NEEDS[i % NEEDS.length]}，${NEEDS[(i * 5 + 2) % NEEDS.length]}`,
    markets: ['东盟', 'Europe', '中東', ''][i % 4],
    employees: [null, 12, 300, 5000][i % 4],
    version: 1 + (i % 3),
  }),
);
const FIRMS = [...HAND_WRITTEN, ...generated];

/** What the matcher computes for a firm in its own thread, without any preparation. */
function expectSameAsInThread(firm: Enterprise, analysis: FirmAnalysis): void {
  expect(analysis.id).toBe(firm.id);
  expect(analysis.version).toBe(firm.version);
  expect(analysis.searchDocument).toEqual(enterpriseSearchDocument(firm));
  expect(compactMatchable(withProfile(analysis.matchable!, firm))).toEqual(compactMatchable(toMatchableEnterprise(firm)));
}

describe('firm analysis off the event loop (ADR 0022)', () => {
  it('analyses each firm to exactly what the event loop computes: search document and compact matching analysis', () => {
    for (const firm of FIRMS) expectSameAsInThread(firm, analyseFirm(firm));
  });

  it('answers a request with structured-clone-able analyses that are the same after the clone', () => {
    const reply = answer({ batch: 3, firms: FIRMS });
    expect('analyses' in reply && reply.batch).toBe(3);
    const cloned = structuredClone(reply) as { analyses: FirmAnalysis[] };
    FIRMS.forEach((firm, k) => expectSameAsInThread(firm, cloned.analyses[k]));
  });

  describe('WorkerPoolFirmAnalyser', () => {
    let pool: WorkerPoolFirmAnalyser;
    beforeAll(async () => {
      pool = new WorkerPoolFirmAnalyser(2);
      await pool.start();
    }, 60_000);
    afterAll(() => pool.close());

    it('analyses a batch in its worker threads, in order, to the same results as the event loop', async () => {
      const before = pool.analysed.inWorkers;
      const analyses = await pool.analyse(FIRMS);
      expect(pool.analysed.inWorkers - before).toBe(FIRMS.length);
      expect(analyses).toHaveLength(FIRMS.length);
      FIRMS.forEach((firm, k) => expectSameAsInThread(firm, analyses[k]));
    });

    it('splits concurrent batches over the workers and keeps each in order', async () => {
      const [a, b] = await Promise.all([pool.analyse(FIRMS.slice(0, 30)), pool.analyse(FIRMS.slice(30))]);
      expect([...a, ...b].map((x) => x.id)).toEqual(FIRMS.map((f) => f.id));
    });

    it('rejects what a dying worker had, and starts a new one for the next batch', async () => {
      const dying = new WorkerPoolFirmAnalyser(1);
      await dying.start();
      const pending = dying.analyse(FIRMS);
      await (dying as unknown as { workers: Array<{ worker: { terminate(): Promise<number> } }> }).workers[0].worker.terminate();
      await expect(pending).rejects.toThrow(/exited/);
      await dying.start();
      const before = dying.analysed.inWorkers;
      const again = await dying.analyse(FIRMS.slice(0, 20));
      expect(dying.analysed.inWorkers - before).toBe(20);
      again.forEach((analysis, k) => expectSameAsInThread(FIRMS[k], analysis));
      await dying.close();
      await expect(dying.analyse(FIRMS)).rejects.toThrow(/closed/);
    }, 60_000);

    it('analyses a small batch in this thread, starting no worker (a single edit waits for no round trip)', async () => {
      const idle = new WorkerPoolFirmAnalyser(1);
      const analyses = await idle.analyse(FIRMS.slice(0, SMALLEST_BATCH_FOR_WORKERS - 1));
      expect(idle.analysed).toEqual({ inWorkers: 0, inThread: SMALLEST_BATCH_FOR_WORKERS - 1 });
      expect((idle as unknown as { workers: unknown[] }).workers).toEqual([null]);
      analyses.forEach((analysis, k) => expectSameAsInThread(FIRMS[k], analysis));
      await idle.close();
    });

    it('refuses a size below one', () => {
      expect(() => new WorkerPoolFirmAnalyser(0)).toThrow(/at least one/);
    });
  });

  describe('PreparedFirmAnalyses', () => {
    it('hands each firm its prepared halves by id and version, the matching half once', async () => {
      const prepared = new PreparedFirmAnalyses(new InThreadFirmAnalyser());
      const [firm, other] = FIRMS;
      await prepared.prepare([firm]);
      expect(prepared.searchDocument(firm)).toEqual(enterpriseSearchDocument(firm));
      expect(prepared.searchDocument({ ...firm, version: firm.version + 1 })).toBeNull();
      expect(prepared.searchDocument(other)).toBeNull();
      expect(compactMatchable(prepared.takeMatchable(firm)!)).toEqual(compactMatchable(toMatchableEnterprise(firm)));
      expect(prepared.takeMatchable(firm)).toBeNull();
      expect(prepared.size).toBe(0);
    });

    it('holds nothing when the analyser fails (the firms are analysed where needed) and never throws', async () => {
      const failing: FirmAnalyser = { offThread: true, analyse: () => Promise.reject(new Error('worker died')), close: async () => undefined };
      const prepared = new PreparedFirmAnalyses(failing);
      await expect(prepared.prepare(FIRMS)).resolves.toBeUndefined();
      expect(prepared.searchDocument(FIRMS[0])).toBeNull();
      expect(prepared.takeMatchable(FIRMS[0])).toBeNull();
    });

    it('forgets analyses nobody took after a few batches (bounded)', async () => {
      const prepared = new PreparedFirmAnalyses(new InThreadFirmAnalyser());
      await prepared.prepare(FIRMS.slice(0, 10));
      for (let k = 0; k < 4; k++) await prepared.prepare([FIRMS[10 + k]]);
      expect(prepared.searchDocument(FIRMS[0])).toBeNull();
      expect(prepared.searchDocument(FIRMS[13])).not.toBeNull();
    });
  });
});
