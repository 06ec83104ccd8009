/**
 * The model face of `@kts/language` (`@kts/language/model`): the linked architecture model, its vocabulary and
 * derived facts, and the text helpers every generator needs. Nothing here loads Langium; documents, diagrams, the
 * CLI's formatters and the extension host import only this.
 */
export * from './architecture-model.js';
export * from './language.js';
export * from './metamodel.js';
export * from './vocabulary.js';
export * from './framework-title.js';
export * from './framework-profile.js';
export * from './legal-document.js';
export * from './gap-analysis.js';
export * from './budget-years.js';
export * from './dates.js';
export * from './model-diff.js';
export * from '../text/index.js';
export { createFolder, FileWriteError, writeFileAtomic } from '../util/atomic-write.js';
export { errorCode } from '../util/error-code.js';
export * from './catalogue-entry.js';
export * from './change-words.js';
