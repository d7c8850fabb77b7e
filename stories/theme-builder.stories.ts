import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import '../src/components/sign-up/index.js';
import '../src/components/user-button/index.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, storyLatch, variablesFromArgs } from './support.js';

type Loaded = { signedOut: Latch; signedIn: Latch };

/** The `appearance` a reviewer built with the controls, as JSON to paste into `new Latch(key, { appearance })`. */
function appearanceJson(args: Record<string, unknown>, theme: string): string {
  const appearance = { variables: variablesFromArgs(args) };
  const json = JSON.stringify(appearance, null, 2);
  return theme === 'default' ? json : `// with theme: ${theme.replace('-', ' + ')} from 'latch/themes'\n${json}`;
}

async function copy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const output = button.closest('section')?.querySelector('pre')?.textContent ?? '';
  const status = button.nextElementSibling;
  try {
    await navigator.clipboard.writeText(output);
    if (status) status.textContent = 'Copied to the clipboard.';
  } catch {
    // Clipboard access needs the page's focus and permission: the JSON stays selectable below.
    if (status) status.textContent = 'The clipboard is not available here: select the JSON below and copy it.';
  }
}

/**
 * Tweak the appearance variables in the controls panel (and the theme, language and direction in the toolbar):
 * sign-in, sign-up and the user button follow live. "Copy appearance" copies the resulting object.
 */
const meta: Meta = {
  title: 'Guides/Theme builder',
  tags: ['!autodocs'],
  argTypes: appearanceArgTypes,
  args: { colorPrimary: '#4f46e5', borderRadius: '0.5rem', spacing: '1rem' },
  parameters: { layout: 'padded' },
  loaders: [
    async () => ({
      signedOut: await storyLatch(),
      signedIn: await storyLatch({ users: [DEMO], clientState: 'signed-in' }),
    }),
  ],
  render: (args, { loaded, globals }) => {
    const { signedOut, signedIn } = loaded as Loaded;
    return html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start;">
      <!-- Each card in its own labelled section: two cards' <footer>s at page level would be two contentinfo
           landmarks, which axe rightly flags (landmark-unique). -->
      <section aria-label="Sign in preview"><latch-sign-in routing="virtual" .latch=${signedOut}></latch-sign-in></section>
      <section aria-label="Sign up preview"><latch-sign-up routing="virtual" .latch=${signedOut}></latch-sign-up></section>
      <section aria-label="User button preview" style="min-inline-size: 16rem; min-block-size: 12rem;">
        <latch-user-button default-open show-name .latch=${signedIn}></latch-user-button>
      </section>
      <section aria-labelledby="theme-builder-output" style="flex-basis: 100%;">
        <h2 id="theme-builder-output" style="font-size: 1rem;">Appearance</h2>
        <button type="button" @click=${copy}>Copy appearance</button>
        <span role="status"></span>
        <pre data-testid="appearance-json">${appearanceJson(args, String(globals.theme ?? 'default'))}</pre>
      </section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

export const ThemeBuilder: Story = {
  name: 'Theme builder',
  play: async ({ canvasElement, args }) => {
    const output = canvasElement.querySelector('[data-testid="appearance-json"]');
    await expect(JSON.parse(output?.textContent ?? '')).toEqual({ variables: args });
    // The controls reach the elements: the sign-in card uses the chosen primary colour.
    await waitFor(() => {
      const button = canvasElement.querySelector('latch-sign-in .cl-formButtonPrimary');
      expect(button && getComputedStyle(button).backgroundColor).toBe('rgb(79, 70, 229)');
    });
  },
};
