import { css } from 'lit';

/** The dark theme's defaults: for theme="dark", and for theme="auto" when the system prefers dark. */
const darkTokens = css`
  --_text: var(--dvc-color-text, #e8eaed);
  --_muted: var(--dvc-color-text-muted, #b3b9c2);
  --_surface: var(--dvc-color-surface, #16191d);
  --_surface-alt: var(--dvc-color-surface-alt, #22262b);
  --_border: var(--dvc-color-border, #8a929c);
  --_divider: var(--dvc-color-divider, #3a4048);
  --_primary: var(--dvc-color-primary, #8cc4ff);
  --_on-primary: var(--dvc-color-on-primary, #0b1a2b);
  --_danger: var(--dvc-color-danger, #ffb4ab);
  --_success: var(--dvc-color-success, #8ad6a0);
  --_warning: var(--dvc-color-warning, #ffd27a);
  --_mark: var(--dvc-color-mark, #5c4a00);
  --_shadow: var(--dvc-shadow, 0 4px 16px rgb(0 0 0 / 0.5));
  color-scheme: dark;
`;

/**
 * Theme tokens shared by every dvc- element.
 *
 * Set any `--dvc-*` property on the element, on `<dvc-provider>` or on any
 * ancestor (they inherit through shadow roots). Elements never set the public
 * names themselves; they read them into private `--_*` names with a default, so
 * a page value always wins and the element still works with none.
 *
 * | token | light default | dark default | used for |
 * |---|---|---|---|
 * | `--dvc-font-family` | system-ui stack | same | all text |
 * | `--dvc-font-size` | `16px` | same | base size (everything scales from it; px, not rem, so a page's `html { font-size: 62.5% }` cannot shrink it — browser zoom still scales px) |
 * | `--dvc-color-text` | `#1b1f24` | `#e8eaed` | body text |
 * | `--dvc-color-text-muted` | `#4d5560` | `#b3b9c2` | secondary text (≥ 4.5:1 on surface) |
 * | `--dvc-color-surface` | `#ffffff` | `#16191d` | backgrounds |
 * | `--dvc-color-surface-alt` | `#f3f5f7` | `#22262b` | hover, stripes, panels |
 * | `--dvc-color-border` | `#767d87` | `#8a929c` | input and control borders (≥ 3:1) |
 * | `--dvc-color-divider` | `#d8dde3` | `#3a4048` | decorative lines |
 * | `--dvc-color-primary` | `#0b57a4` | `#8cc4ff` | buttons, links, focus |
 * | `--dvc-color-on-primary` | `#ffffff` | `#0b1a2b` | text on primary |
 * | `--dvc-color-danger` | `#b3261e` | `#ffb4ab` | errors |
 * | `--dvc-color-success` | `#1e6b34` | `#8ad6a0` | success |
 * | `--dvc-color-warning` | `#7a4f00` | `#ffd27a` | warnings, offline |
 * | `--dvc-color-mark` | `#fff0a8` | `#5c4a00` | highlighted matches background |
 * | `--dvc-color-focus` | primary | primary | focus ring |
 * | `--dvc-radius` | `6px` | same | corners |
 * | `--dvc-space` | `8px` | same | the spacing unit |
 * | `--dvc-shadow` | soft shadow | darker | popups |
 *
 * Dark colours apply with `theme="dark"` on the element (or on `<dvc-provider>`,
 * which hands it down), or with `theme="auto"` (the default) when the system
 * prefers dark. `theme="light"` forces light. In forced-colors mode system
 * colours replace them all.
 *
 * Sizes never use `rem`: a page that shrinks its root (`html { font-size: 62.5% }`)
 * would shrink the elements with it. Lengths are `calc(n * var(--_size))` (a
 * "rem" of the element's own base size) or px; both still grow with browser
 * zoom (400% included), which scales CSS pixels.
 */
export const tokens = css`
  :host {
    --_font: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_size: var(--dvc-font-size, 16px);
    --_radius: var(--dvc-radius, 6px);
    --_space: var(--dvc-space, 8px);
    --_text: var(--dvc-color-text, #1b1f24);
    --_muted: var(--dvc-color-text-muted, #4d5560);
    --_surface: var(--dvc-color-surface, #ffffff);
    --_surface-alt: var(--dvc-color-surface-alt, #f3f5f7);
    --_border: var(--dvc-color-border, #767d87);
    --_divider: var(--dvc-color-divider, #d8dde3);
    --_primary: var(--dvc-color-primary, #0b57a4);
    --_on-primary: var(--dvc-color-on-primary, #ffffff);
    --_danger: var(--dvc-color-danger, #b3261e);
    --_success: var(--dvc-color-success, #1e6b34);
    --_warning: var(--dvc-color-warning, #7a4f00);
    --_mark: var(--dvc-color-mark, #fff0a8);
    --_focus: var(--dvc-color-focus, var(--_primary));
    --_shadow: var(--dvc-shadow, 0 4px 16px rgb(0 0 0 / 0.16));
    color-scheme: light;
  }
  :host([data-dvc-theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-dvc-theme='auto']) {
      ${darkTokens}
    }
  }
`;

/**
 * Base rules every element starts from: box sizing, text (the host resets every
 * inherited typographic property, so a page's `body { text-transform: uppercase;
 * letter-spacing: .2em; text-align: center }` stays outside; `direction` is
 * kept, it follows the page), a visible focus
 * ring, a visually-hidden helper for screen-reader-only text, long words that
 * wrap instead of overflowing a 320 px container, and forced-colors fixes
 * (borders and focus made of system colours, marks kept visible).
 *
 * - The `font` shorthand resets style, weight, variant, stretch, size, line height and family at once.
 * - The host paints its own surface: text colours are chosen against it, so dark text never lands
 *   on a dark page (or light on light).
 * - `.btn` is at least 44 px high (WCAG 2.5.8 asks 24; 44 is kinder to thumbs), and breaks inside a
 *   word only when one alone overflows, so a table never squeezes "Xem" into "Xe / m".
 *
 * (These notes stay out of the CSS text: what is inside css`` ships to every page.)
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: normal 400 var(--_size) / 1.5 var(--_font);
    font-feature-settings: normal;
    font-variation-settings: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    color: var(--_text);
    background: var(--_surface);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-height: calc(2.75 * var(--_size));
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-align: center;
    max-width: 100%;
    overflow-wrap: break-word;
  }
  .btn.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .btn:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .btn {
      border: 1px solid ButtonText;
    }
    .btn:not(:disabled) {
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** The theme an element or provider asks for. */
export type Theme = 'light' | 'dark' | 'auto';

/** Parses a `theme` attribute; anything unknown means "no opinion". */
export function toTheme(value: string | null | undefined): Theme | null {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : null;
}
