import type { MatchReason } from '@fhk/matcher/core';
import { fragmentTerms } from './reason-quality';

const reason = (code: MatchReason['code'], terms: string[]): MatchReason => ({ code, codes: [], terms, contribution: 1, text: '' });
const profile = { name: '安溪茶業', city: '安溪', products: '鐵觀音烏龍茶', needs: '希望參加香港茶展 and join trade missions', markets: '福建、香港' };

describe('reason quality check', () => {
  it('flags bigrams across words, stop-words and places quoted as evidence', () => {
    expect(fragmentTerms(profile, [reason('keyword', ['加香'])])).toEqual(['加香']);
    expect(fragmentTerms(profile, [reason('keyword', ['join'])])).toEqual(['join']);
    expect(fragmentTerms(profile, [reason('product-term', ['香港'])])).toEqual(['香港']);
  });

  it('accepts whole words of the firm\'s text, and leaves dictionary concepts alone', () => {
    expect(fragmentTerms(profile, [reason('product-term', ['鐵觀音']), reason('keyword', ['missions'])])).toEqual([]);
    expect(fragmentTerms(profile, [reason('need', ['參加香港茶展'])])).toEqual([]);
  });

  it('takes a Chinese character beside a Latin word as a word boundary, not a letter of it', () => {
    const mixed = { name: '固能电池', products: 'LiFePO4电池包', needs: '首选环保展Eco Expo Asia，其次秋季电子展' };
    expect(fragmentTerms(mixed, [reason('keyword', ['Eco']), reason('product-term', ['LiFePO4'])])).toEqual([]);
    expect(fragmentTerms(mixed, [reason('keyword', ['Ex']), reason('keyword', ['LiFe'])])).toEqual(['Ex', 'LiFe']);
  });
});
