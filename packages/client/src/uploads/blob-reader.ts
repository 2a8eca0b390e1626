import type { FileReader, FileSource, SliceResult } from 'tus-js-client';

/**
 * Reads a Blob or File one slice at a time on every platform (tus-js-client's
 * Node reader accepts only Buffers and streams). A slice is lazy: bytes are
 * read when fetch sends it, so at most one chunk is in memory.
 */
export class BlobFileReader implements FileReader {
  /** Opens a Blob or File as a tus file source. */
  async openFile(input: Blob): Promise<FileSource> {
    if (!(input instanceof Blob)) throw new TypeError('dvc-kit uploads take a Blob or File');
    return {
      size: input.size,
      slice: async (start: number, end: number): Promise<SliceResult> => ({
        value: input.slice(start, end),
        done: end >= input.size,
      }),
      close: () => {},
    };
  }
}
