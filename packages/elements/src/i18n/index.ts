export * from './locale.js';
export * from './format.js';
export * from './strings.js';
export * from './catalog-labels.js';
export * from './plural.js';
