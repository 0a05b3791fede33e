import { defineCheck } from '../engine/check';

// TODO(rules): triggers, texts and examples from RULES-CATALOG.md TR-05.
export default defineCheck({
  id: 'TR-05',
  category: 'termination',
  severity: 'medium',
  kind: 'risky',
  party: 'any',
  fr: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
  en: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
});
