import { AUDIENCES, INDUSTRIES, LocalizedText, MARKETS, NEEDS } from '@fhk/contracts';
import { Language } from '@fhk/web/i18n';

/** Labels of the shared vocabularies (industries, needs, markets, audiences), from @fhk/contracts. */
const VOCABULARIES: Record<'industries' | 'needs' | 'markets' | 'audiences', Record<string, LocalizedText>> = {
  industries: INDUSTRIES,
  needs: NEEDS,
  markets: MARKETS,
  audiences: AUDIENCES,
};

export function vocabularyLabel(kind: keyof typeof VOCABULARIES, code: string, language: Language): string {
  return VOCABULARIES[kind][code]?.[language] ?? code;
}
