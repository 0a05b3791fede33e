import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOf } from '../../../rules/engine/language';
import { reviewWith } from '../../../rules/review';

describe('language detection', () => {
  it('detects French and English', () => {
    expect(detectLanguage("Le Prestataire s'engage à livrer les travaux dans les délais prévus par le contrat.")).toBe('fr');
    expect(detectLanguage('The Contractor shall deliver the work within the time set out in this Agreement.')).toBe('en');
  });

  it('prefers French on ties and without signal', () => {
    expect(languageOf({ fr: 0, en: 0 })).toBe('fr');
    expect(languageOf({ fr: 3, en: 3 })).toBe('fr');
    expect(languageOf({ fr: 0, en: 0 }, 'en')).toBe('en');
  });

  it('detects the language per section in mixed documents, and can be forced', () => {
    const fr = "Le Prestataire s'engage à livrer les travaux dans les délais prévus. Le Client paie les factures dans un délai de trente jours. Les Parties sont tenues par le présent contrat.";
    const en = 'The Contractor shall deliver the work within the agreed time. The Company shall pay all invoices within thirty days. This is the English version of the agreement and it shall prevail for any dispute.';
    const text = `Article 1 - Objet\n${fr}\n${fr}\nArticle 2 - Scope\n${en}`;
    const r = reviewWith([], text);
    expect(r.language).toBe('fr');
    expect(r.sections.map((s) => s.lang)).toEqual(['fr', 'en']);
    expect(new Set(r.clauses.map((c) => c.lang)).size).toBeLessThanOrEqual(2);
    const forced = reviewWith([], text, { language: 'en' });
    expect(forced.language).toBe('en');
    expect(forced.sections.map((s) => s.lang)).toEqual(['en', 'en']);
  });
});
