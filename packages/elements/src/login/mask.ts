/**
 * Masks an identifier for display, keeping the first 3 and last 3 characters
 * ('038190001234' → '038******234'), so a person can recognise their own
 * number while a shoulder-surfer cannot read it. Short values keep only the
 * last 2. Returns the masked text and the visible ending (for screen readers,
 * which would otherwise read every asterisk).
 */
export function maskId(value: string): { masked: string; ending: string } {
  const clean = value.trim();
  if (clean.length <= 4) return { masked: '*'.repeat(clean.length), ending: '' };
  const keepStart = clean.length >= 9 ? 3 : 0;
  const keepEnd = clean.length >= 9 ? 3 : 2;
  const ending = clean.slice(-keepEnd);
  return {
    masked: clean.slice(0, keepStart) + '*'.repeat(clean.length - keepStart - keepEnd) + ending,
    ending,
  };
}
