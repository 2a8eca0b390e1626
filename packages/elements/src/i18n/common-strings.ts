import { defineStrings } from './strings.js';

/**
 * Sentences several elements say with the same meaning, written once. An element's table takes
 * them with a spread first (`defineStrings({ ...commonStrings.vi, ... }, { ...commonStrings.en, ... })`),
 * so they read as its own (`t.retry`) and a key of its own may still say something more precise.
 */
export const commonStrings = defineStrings(
  {
    retry: 'Thử lại',
    /** No portal client: neither api-base, a provider's client nor configure() gave one. */
    notConfigured: 'Chưa cấu hình kết nối cổng dịch vụ công: cần api-base, <dvc-provider> hoặc configure().',
  },
  {
    retry: 'Try again',
    notConfigured: 'No connection to the public-service portal is configured: set api-base, a <dvc-provider> or configure().',
  },
);
