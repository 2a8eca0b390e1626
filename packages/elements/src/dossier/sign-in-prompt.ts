import { html, type TemplateResult } from 'lit';

/**
 * What `<dvc-dossier-upload>` and `<dvc-dossier-status>` show to a person who is not signed in:
 * why they need to sign in, then the page's own sign-in (e.g. a `<dvc-login>` in slot="sign-in").
 */
export function signInPrompt(text: string): TemplateResult {
  return html`<p class="message info">${text}</p>
    <slot name="sign-in"></slot>`;
}
