import { countScripts, detectLanguage } from './language-detector';

describe('detectLanguage', () => {
  it('tells Traditional from Simplified by the characters only one of them uses', () => {
    expect(detectLanguage('我們是福建安溪的茶葉企業，希望參加香港國際茶展')).toBe('zh-Hant');
    expect(detectLanguage('我们是福建安溪的茶叶企业，希望参加香港国际茶展')).toBe('zh-Hans');
  });

  it('detects English, and keeps Chinese text with a few Latin product codes Chinese', () => {
    expect(detectLanguage('We grow oolong tea in Anxi and want to exhibit in Hong Kong')).toBe('en');
    expect(detectLanguage('我们生产LED灯和USB充电器，产品出口欧洲')).toBe('zh-Hans');
    expect(detectLanguage('Anxi Shanming Tea Co., Ltd. (安溪山茗茶业)')).toBe('en');
  });

  it('goes by majority when both scripts appear, and defaults to Simplified', () => {
    expect(detectLanguage('資金池資金歸集 资金')).toBe('zh-Hant');
    expect(detectLanguage('人工智能')).toBe('zh-Hans'); // written alike in both
    expect(detectLanguage('')).toBe('zh-Hans');
    expect(detectLanguage('😀 !!!')).toBe('zh-Hans');
  });

  it('counts scripts after NFKC (full-width letters are Latin)', () => {
    expect(countScripts('ＩＰＯ 資金池')).toEqual({ han: 3, traditionalOnly: 1, simplifiedOnly: 0, latinWords: 1 });
  });
});
