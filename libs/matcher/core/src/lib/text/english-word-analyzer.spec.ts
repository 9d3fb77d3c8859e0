import { findConcepts } from '../dictionary/term-dictionary';
import { foldSpelling, stemEnglish } from './english-word-analyzer';

describe('British and American spelling', () => {
  it.each([
    ['organisation', 'organization'],
    ['realise', 'realize'],
    ['optimising', 'optimizing'],
    ['standardisation', 'standardization'],
    ['centre', 'center'],
    ['colour', 'color'],
    ['harbour', 'harbor'],
    ['programme', 'program'],
    ['licence', 'license'],
    ['jewellery', 'jewelry'],
  ])('stems %s as %s', (british, american) => {
    expect(stemEnglish(british)).toBe(stemEnglish(american));
  });

  it.each(['promise', 'enterprise', 'raise', 'precise', 'expertise', 'franchise', 'hour', 'tour', 'four', 'our'])('leaves %s alone', (word) => {
    expect(foldSpelling(word)).toBe(word);
  });

  it('lets a term in one spelling find the text in the other', () => {
    expect(findConcepts('we want to commercialize our research').map((c) => c.code)).toContain('technology-transfer');
    expect(findConcepts('a joint program with a university in Hong Kong').map((c) => c.code)).toContain('education-cooperation');
  });
});
