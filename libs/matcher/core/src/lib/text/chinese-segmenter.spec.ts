import { segmentChineseWords } from './chinese-segmenter';

describe('segmentChineseWords', () => {
  it('returns word-like segments with offsets in the run', () => {
    const words = segmentChineseWords('安溪铁观音茶叶有限公司');
    expect(words.map((w) => w.text)).toEqual(['安溪', '铁观音', '茶叶', '有限公司']);
    expect(words[1]).toEqual({ text: '铁观音', start: 2, end: 5 });
  });

  it('segments a long run window by window exactly as in one piece', () => {
    const run = '我们希望参加香港的展会寻找买家并在香港设立资金池'.repeat(40); // one 960-character run
    const whole = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)]
      .filter((s) => s.isWordLike)
      .map((s) => [s.index, s.segment]);
    expect(segmentChineseWords(run).map((w) => [w.start, w.text])).toEqual(whole);
  });

  it('keeps astral characters whole at window edges', () => {
    const run = '茶'.repeat(255) + '𠀀𠀁' + '茶'.repeat(300);
    const words = segmentChineseWords(run);
    expect(words.map((w) => w.text).join('')).toBe(run);
    expect(words.every((w) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(w.text))).toBe(true);
  });
});
