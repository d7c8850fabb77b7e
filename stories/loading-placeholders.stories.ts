import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sign-in/index.js';
import '../src/components/sign-up/index.js';
import { MemoryFrontendApi } from '../src/api/index.js';
import { Latch } from '../src/core/index.js';
import { dark } from '../themes/index.js';

/** Never loads: the card stays in its placeholder state. A development key, so the footer has its badge line. */
const waitingLatch = () => new Latch(`pk_test_${btoa('clerk.example.com$')}`, { api: new MemoryFrontendApi() });

/**
 * The loading card before the Frontend API has answered: the first step's shape in placeholders, so the form
 * replaces it in place. They shimmer unless `appearance.options.shimmer` is false or the reader asked for reduced
 * motion.
 */
const meta: Meta = { title: 'Elements/Loading placeholders' };
export default meta;
type Story = StoryObj;

export const SignIn: Story = {
  render: () => html`<latch-sign-in routing="virtual" .latch=${waitingLatch()}></latch-sign-in>`,
};

export const SignUp: Story = {
  render: () => html`<latch-sign-up routing="virtual" .latch=${waitingLatch()}></latch-sign-up>`,
};

export const WithoutShimmer: Story = {
  render: () =>
    html`<latch-sign-in routing="virtual" .latch=${waitingLatch()} .appearance=${{ options: { shimmer: false } }}></latch-sign-in>`,
};

export const Dark: Story = {
  render: () =>
    html`<latch-sign-in routing="virtual" .latch=${waitingLatch()} .appearance=${{ theme: dark }}></latch-sign-in>`,
};
