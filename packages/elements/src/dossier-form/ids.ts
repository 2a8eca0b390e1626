/**
 * An id for the shadow root from any text (a JSON Pointer, a section id): letters and digits kept,
 * every other character spelled by its code, so two pointers never meet at one id.
 */
export function domId(prefix: string, raw: string): string {
  return `${prefix}${raw.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(36)}`)}`;
}
