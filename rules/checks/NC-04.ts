import { defineCheck } from '../engine/check';

// TODO(rules): triggers, texts and examples from RULES-CATALOG.md NC-04.
export default defineCheck({
  id: 'NC-04',
  category: 'exclusivity',
  severity: 'high',
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
