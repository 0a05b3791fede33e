/** The drafting desk's pure API (the .docx export is imported separately from './docx', on demand). */
export * from './types';
export * from './dates';
export * from './placeholders';
export * from './text';
export * from './result';
export * from './negotiation';
export * from './before-signature';
export * from './formal-notice';
export * from './export';
export * from './perspective';
