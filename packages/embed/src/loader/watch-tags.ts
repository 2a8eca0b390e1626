/**
 * Calls `found(tag)` for every kit tag in the document now and whenever one
 * is added later (parser, framework or script). Stops once every tag has
 * been seen. Elements inside other elements' shadow roots are the concern of
 * the outer element's code, which imports what it renders.
 */
export function watchTags(tags: readonly string[], found: (tag: string) => void): void {
  const pending = new Set(tags);
  if (!pending.size) return;
  const selector = tags.join(',');
  const scan = (root: Element | Document): void => {
    if (root instanceof Element && pending.has(root.localName)) hit(root.localName);
    if (pending.size) root.querySelectorAll(selector).forEach((el) => hit(el.localName));
  };
  const hit = (tag: string): void => {
    if (!pending.delete(tag)) return;
    found(tag);
    if (!pending.size) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) scan(node);
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}
