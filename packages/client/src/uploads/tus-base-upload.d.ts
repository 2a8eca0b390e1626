// tus-js-client publishes its modern ES sources in lib/ without declarations; this is the one
// module of them the uploader uses (see tus-upload.ts). Its instances are the package's Upload.
declare module 'tus-js-client/lib/upload.js' {
  import type { Upload, UploadOptions } from 'tus-js-client';

  export default class BaseUpload extends Upload {
    static defaultOptions: UploadOptions;
  }
}
