import { defineCheck } from '../engine/check';

// TODO(rules): triggers, texts and examples from RULES-CATALOG.md AC-02.
export default defineCheck({
  id: 'AC-02',
  category: 'warranty',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  fr: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
  en: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
});
