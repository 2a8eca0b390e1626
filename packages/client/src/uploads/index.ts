/**
 * `@dvc-kit/client/uploads`: resumable, chunked, integrity-checked dossier
 * file uploads over tus, plus the streaming SHA-256 they use.
 *
 * @packageDocumentation
 */
export { createUploader, UploadTask, DEFAULT_CHUNK_SIZE } from './uploader.js';
export type { Uploader, UploaderOptions, UploadTarget, UploadProgress, UploadResult, UploadState, UploadTaskSetup } from './uploader.js';
export { Limiter } from './limiter.js';
export { Sha256, sha256OfBlob } from './sha256.js';
export {
  MemoryUrlStorage, WebStorageUrlStorage, IndexedDbUrlStorage, resolveUrlStorage,
} from './url-storage.js';
export type { UploadStorageOption } from './url-storage.js';
export { FetchHttpStack } from './fetch-http-stack.js';
export { BlobFileReader } from './blob-reader.js';
