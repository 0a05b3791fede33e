import { defineCheck } from '../engine/check';

// TODO(rules): triggers, texts and examples from RULES-CATALOG.md UB-01.
export default defineCheck({
  id: 'UB-01',
  category: 'unilateral-change',
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
