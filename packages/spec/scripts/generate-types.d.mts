// Declarations for generate-types.mjs, so TypeScript tests can import it.
export declare const documentUrl: URL;
export declare const generatedUrl: URL;
export declare function renderPortalTypes(): Promise<string>;
