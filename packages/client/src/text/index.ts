/**
 * Vietnamese text helpers: diacritic-insensitive folding and match highlighting.
 * No dependencies and no side effects; safe in browsers, workers and Node.
 *
 * @packageDocumentation
 */
export { fold, foldedWords } from './fold.js';
export { highlight } from './highlight.js';
export type { HighlightRange } from './highlight.js';
