import type { Review } from '../../../rules/engine/types';
import { FR_FINDINGS } from '../../drafting/fixtures';

/** A French review with sections, clauses and the drafting fixtures' four findings. */
export function frReview(): Review {
  return {
    schemaVersion: 1,
    language: 'fr',
    role: 'provider',
    length: 2000,
    parties: [],
    sections: [
      { start: 250, end: 450, number: '11', heading: 'Responsabilité', level: 1, lang: 'fr' },
      { start: 450, end: 800, number: '9', heading: 'Obligations', level: 1, lang: 'fr' },
      { start: 480, end: 800, number: '9.2', heading: 'Non-concurrence', level: 2, lang: 'fr' },
      { start: 850, end: 1000, number: '6', heading: 'Paiement', level: 1, lang: 'fr' },
    ],
    clauses: [
      { start: 300, end: 340, categories: ['liability'], section: 0, lang: 'fr' },
      { start: 500, end: 560, categories: ['non-compete'], section: 2, lang: 'fr' },
      { start: 600, end: 650, categories: ['confidentiality', 'non-compete'], section: 2, lang: 'fr' },
      { start: 900, end: 980, categories: ['payment'], section: 3, lang: 'fr' },
    ],
    findings: FR_FINDINGS,
    imbalance: { count: 4, bySeverity: { high: 2, medium: 1, low: 1 }, byCategory: {}, score: 9, combinations: [] },
    notAContract: false,
  };
}
