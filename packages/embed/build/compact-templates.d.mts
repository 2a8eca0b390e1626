import type { Plugin } from 'rollup';

export function compactTemplates(): Plugin;
