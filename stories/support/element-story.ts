/**
 * What the element stories share: the language and theme controls, the frame an element
 * renders in (the story's width, a dark backdrop under the dark theme so it reads as on a page),
 * and the shape of the element's description on its docs page.
 */
import { html, type TemplateResult } from 'lit';

export interface FrameArgs {
  lang: 'vi' | 'en';
  theme: 'light' | 'dark';
  /** How wide the element may grow, as a CSS length: narrow values show the phone layout. */
  width: string;
}

/** Controls for the args every framed story has; spread it to add the story's own. */
export const FRAME_ARG_TYPES = {
  lang: { control: 'inline-radio', options: ['vi', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
} as const;

/** The page colour behind an element in `theme`. */
export function backdrop(theme: string): string {
  return theme === 'dark' ? '#16191d' : 'transparent';
}

export function framed(args: FrameArgs, content: TemplateResult): TemplateResult {
  return html`<div style="max-width:${args.width};padding:1rem;background:${backdrop(args.theme)}">${content}</div>`;
}

/** Story parameters that put `description` at the top of the element's docs page. */
export function componentDocs(description: string): { docs: { description: { component: string } } } {
  return { docs: { description: { component: description } } };
}
