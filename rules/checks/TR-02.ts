import { defineCheck } from '../engine/check';

// TODO(rules): triggers, texts and examples from RULES-CATALOG.md TR-02.
export default defineCheck({
  id: 'TR-02',
  category: 'notice-period',
  severity: 'high',
  kind: 'risky',
  party: 'other-power',
  fr: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
  en: {
    text: { title: '', explanation: '', basis: '', suggestion: '' },
    examples: { flagged: [], clean: [] },
  },
});
