import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
// Autodocs (attributes, properties, events, slots, parts, tokens) come from the custom elements
// manifest: regenerate it with `npx cem analyze --config custom-elements-manifest.config.mjs`.
import customElements from '../packages/elements/custom-elements.json';

setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
