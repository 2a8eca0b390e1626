export * from './api-types.js';
export * from './portal-api.js';
export * from './portal-context.js';
export * from './configure.js';
export * from './client-adapter.js';
export { DvcProvider } from '../provider/dvc-provider.component.js';
export * from './auth-adapter.js';
