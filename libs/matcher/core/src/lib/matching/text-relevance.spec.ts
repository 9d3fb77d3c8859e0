import { mulberry32 } from '@fhk/shared/util';
import { firm, opportunity, profilesOf } from './generated-matching.fixtures';
import { OpportunityCorpus } from './opportunity-corpus';
import { toOpportunityProfile } from './opportunity-profile';

describe("a firm's view of the corpus: text relevance with the words quoted, as the corpus gives it", () => {
  const rng = mulberry32(33);
  const items = Array.from({ length: 80 }, (_, i) => opportunity(rng, i));
  const firms = Array.from({ length: 120 }, (_, i) => firm(rng, i));

  it('gives the same value and the same quoted words as `keywords`, for every pair, also for other firms', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    let quoted = 0;
    for (const e of firms) {
      const view = corpus.firmView(e);
      const other = firms[(firms.indexOf(e) + 1) % firms.length];
      for (const o of corpus.profiles) {
        const expected = corpus.keywords(e, o, true);
        quoted += expected.terms.length;
        expect(view.keywords(e, o, true)).toEqual(expected);
        expect(view.keywords(e, o, false).value).toBe(expected.value);
        expect(view.keywords(other, o, true)).toEqual(corpus.keywords(other, o, true));
      }
    }
    // The firms must share words with the opportunities often enough for the comparison to mean something.
    expect(quoted).toBeGreaterThan(100);
  });

  it('answers as the corpus does after the corpus changed under it', () => {
    const corpus = new OpportunityCorpus(profilesOf(items));
    const e = firms[0];
    const view = corpus.firmView(e);
    for (let k = 0; k < 20; k++) corpus.upsert(toOpportunityProfile(opportunity(rng, 200 + k))!);
    corpus.remove(corpus.profiles[0].type, corpus.profiles[0].id);
    for (const o of corpus.profiles) expect(view.keywords(e, o, true)).toEqual(corpus.keywords(e, o, true));
  });
});
