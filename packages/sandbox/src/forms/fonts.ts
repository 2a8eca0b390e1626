import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Serif (SIL Open Font License 1.1), shipped through npm by @expo-google-fonts/noto-serif: a
 * serif like the Times of Vietnamese paper forms, with every Vietnamese letter and tone mark
 * precomposed (checked by test/form-pdf.test.ts). Embedded, subset, in each PDF.
 */
const require = createRequire(import.meta.url);

export const FORM_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf'),
} as const;

let data: Readonly<Record<keyof typeof FORM_FONTS, Buffer>> | undefined;

/** The fonts' bytes, read on the first PDF and kept (given paths, pdfkit reads each file again for every PDF). */
export function formFontData(): Readonly<Record<keyof typeof FORM_FONTS, Buffer>> {
  data ??= {
    regular: readFileSync(FORM_FONTS.regular),
    bold: readFileSync(FORM_FONTS.bold),
    italic: readFileSync(FORM_FONTS.italic),
  };
  return data;
}
