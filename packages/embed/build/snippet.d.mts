export function snippetFor(manifest: unknown, origin?: string): string;
export function updateReadme(readmePath: string, snippet: string): boolean;
export function readmeSnippet(readmePath: string): string | null;
