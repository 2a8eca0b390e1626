/** The languages the elements speak. Vietnamese first: it is the default. */
export type Locale = 'vi' | 'en';

export const DEFAULT_LOCALE: Locale = 'vi';

/** Maps a BCP 47 tag to a supported locale: 'vi-VN' → 'vi', 'en-GB' → 'en', anything else → null. */
export function toLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}

/** The next node up, stepping from a shadow root to its host, so the walk crosses component boundaries. */
function parentAcross(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/**
 * The locale of the nearest ancestor (or `start` itself) that says one: a
 * supported `lang` attribute, or a `locale` attribute on `<dvc-provider>`.
 * Walks through shadow roots, so an element inside another component follows
 * the page around it. Unsupported languages (lang="fr") are skipped, so the
 * walk continues to an ancestor we can honour. Returns null when nothing says.
 *
 * The document's own `<html lang>` is not read here: it is the page's
 * default, so an explicit `configure({ locale })` may override it; see
 * `documentLocale()` for the last step of the chain.
 */
export function nearestLocale(start: Element): Locale | null {
  const root = start.ownerDocument.documentElement;
  for (let node: Node | null = start; node; node = parentAcross(node)) {
    if (!(node instanceof Element)) continue;
    if (node === root) break;
    const fromLang = toLocale(node.getAttribute('lang'));
    if (fromLang) return fromLang;
    if (node.localName === 'dvc-provider') {
      const fromProvider = toLocale(node.getAttribute('locale'));
      if (fromProvider) return fromProvider;
    }
  }
  return null;
}

/** The locale of `<html lang>`, or null when absent or unsupported. */
export function documentLocale(doc: Document = document): Locale | null {
  return toLocale(doc.documentElement.getAttribute('lang'));
}

/** BCP 47 tag handed to Intl for each locale. en-GB keeps dates day-first (dd/MM/yyyy), as the portal writes them. */
export const INTL_TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

type LangListener = () => void;
const langListeners = new Set<LangListener>();
let langObserver: MutationObserver | null = null;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so
 * elements can re-resolve their locale. One observer serves every element.
 * @returns the unsubscribe function
 */
export function onLangChange(listener: LangListener): () => void {
  langListeners.add(listener);
  if (!langObserver && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    langObserver = new MutationObserver(() => langListeners.forEach((l) => l()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'locale'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0 && langObserver) {
      langObserver.disconnect();
      langObserver = null;
    }
  };
}
