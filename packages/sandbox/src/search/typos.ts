/**
 * Every string one edit away from `word` (Damerau: one deletion, insertion, substitution or
 * swap of neighbours), over the alphabet folded catalog text uses. Looking these up in the
 * vocabulary table finds one-typo matches with a plain index lookup, identical on PGlite and
 * PostgreSQL and without extensions; trigram similarity is too blunt for 3-5 letter
 * Vietnamese syllables (`khia` and `khai` share only 2 of 5 trigrams).
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function oneEditVariants(word: string): string[] {
  const out = new Set<string>();
  const chars = [...word];
  const n = chars.length;
  for (let i = 0; i < n; i += 1) {
    out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
    if (i < n - 1) {
      const swapped = [...chars];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
      out.add(swapped.join(''));
    }
  }
  for (let i = 0; i <= n; i += 1) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    const rest = chars.slice(i + 1).join('');
    for (const letter of ALPHABET) {
      out.add(head + letter + tail);
      if (i < n) out.add(head + letter + rest);
    }
  }
  out.delete(word);
  out.delete('');
  return [...out];
}
