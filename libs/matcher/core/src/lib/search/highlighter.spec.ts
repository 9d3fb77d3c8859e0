import { highlight } from './highlighter';

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

describe('highlight', () => {
  it('marks words and concepts across scripts and languages', () => {
    expect(marked('香港國際茶展', '国际茶展')).toEqual(['國際茶展']);
    // 茶 is the tea concept, and 茶展 is one of its terms: the whole term is marked.
    expect(marked('香港國際茶展', '茶')).toEqual(['茶展']);
    expect(marked('香港玩具展及茶葉', '茶')).toEqual(['茶葉']);
    // Both phrases name the fund-pooling concept the query names.
    expect(marked('Fund pooling and treasury centres', '資金池')).toEqual(['Fund pooling', 'treasury centres']);
    expect(marked('Hong Kong International Tea Fair', 'tea fairs')).toEqual(['Tea Fair']);
  });

  it('keeps the whole text, in order, in its segments', () => {
    const text = 'Tea, wine and food: 茶、酒、食品';
    expect(highlight(text, 'tea 酒').map((s) => s.text).join('')).toBe(text);
  });

  it('returns the text unmarked when nothing meets the query, and nothing for no text', () => {
    expect(highlight('Toys and games', '茶')).toEqual([{ text: 'Toys and games', match: false }]);
    expect(highlight('', 'tea')).toEqual([]);
  });
});
