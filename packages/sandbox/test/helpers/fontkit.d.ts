// The little of fontkit (which ships no types) the font coverage test uses.
declare module 'fontkit' {
  interface Font {
    readonly familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
