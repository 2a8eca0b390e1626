/**
 * The demo pages share their head assets, masthead and footer (demo/partials/*.html). A page
 * asks for one with a line `<!-- include: NAME -->`, filled in when served, so the pages stay
 * plain HTML files with no build step. The masthead's line also names the page's own entry in
 * the main navigation by its data-i18n key (`<!-- include: header current=nav.track -->`):
 * that link gets aria-current="page", as a hand-written page would have it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Names are plain words, so an include can only ever read a file inside the partials folder.
const INCLUDE_LINE = /^[ \t]*<!-- include: ([a-z]+)(?: current=(nav\.[a-z]+))? -->/gm;

/** `html` with every include line replaced by its partial from `partialsDir`. */
export function withPartials(html: string, partialsDir: string): string {
  return html.replace(INCLUDE_LINE, (_line, name: string, current: string | undefined) => {
    // The partial keeps its own indentation; the include line's newline ends it.
    const partial = readFileSync(join(partialsDir, `${name}.html`), 'utf8').trimEnd();
    return current === undefined ? partial : markCurrent(partial, name, current);
  });
}

function markCurrent(partial: string, name: string, key: string): string {
  const link = ` data-i18n="${key}"`;
  const parts = partial.split(link);
  // A typo in a page's include line would otherwise leave every link unmarked, silently.
  if (parts.length !== 2) throw new Error(`demo partial "${name}" has ${parts.length - 1} links with${link}, not one`);
  return parts.join(` aria-current="page"${link}`);
}
