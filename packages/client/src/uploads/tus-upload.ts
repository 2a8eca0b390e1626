// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration reaches every program that compiles this file (docs samples, typedoc) only this way
/// <reference path="./tus-base-upload.d.ts" />
import BaseUpload from 'tus-js-client/lib/upload.js';
import type { UploadOptions } from 'tus-js-client';

/**
 * tus-js-client's upload protocol without its platform defaults. The package's entry adds an
 * XHR stack, a stream-capable file reader and a localStorage URL store, all in ES5 output; the
 * uploader supplies its own four (fetch stack, Blob reader, session/memory URL store,
 * fingerprint), so it builds on the modern protocol class underneath and the kit's bundles
 * carry none of the unused ones.
 */
export class Upload extends BaseUpload {
  constructor(file: Blob, options: UploadOptions) {
    super(file, { ...BaseUpload.defaultOptions, ...options });
  }
}
