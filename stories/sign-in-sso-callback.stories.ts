/**
 * `<latch-authenticate-with-redirect-callback>` when the way back from a provider fails: the page's `fallback`
 * slot shows (here, a line and a link back to the sign-in) and `data-outcome="error"` is set. The failures: the
 * provider refused, and a new account whose transfer to a sign-up the server refuses (`external_account_not_found`,
 * `session_exists`).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/components/redirect-callback/index.js';
import { LatchApiError, MemoryFrontendApi } from '../src/api/index.js';
import { defaultEnvironment, withSocialProviders } from '../src/api/memory/default-environment.js';
import type { Latch } from '../src/core/index.js';
import { DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** A Google sign-in on its way back with `outcome`; with `refuse`, the server refuses the transfer with that code. */
function returning(outcome: 'denied' | { emailAddress: string }, refuse?: { status: number; code: string }) {
  return async (): Promise<Loaded> => {
    const environment = withSocialProviders(defaultEnvironment(), 'google');
    const api = new MemoryFrontendApi({ users: [DEMO], environment, latencyMs: STORY_LATENCY_MS });
    const latch = await storyLatch(api);
    await latch.client!.signIn.create({ strategy: 'oauth_google', redirectUrl: location.href });
    api.returnFromProvider(outcome);
    if (refuse) {
      const { status, code } = refuse;
      api.failNext('createSignUp', new LatchApiError({ status, errors: [{ code, message: code, meta: {} }] }));
    }
    return { latch };
  };
}

const meta: Meta = {
  title: 'Elements/Sign in/SSO callback errors',
  component: 'latch-authenticate-with-redirect-callback',
  render: (_args, { loaded }) =>
    html`<latch-authenticate-with-redirect-callback .latch=${(loaded as Loaded).latch}>
      <p>Signing you in…</p>
      <p slot="fallback">That did not work. <a href="#sign-in">Sign in again</a></p>
    </latch-authenticate-with-redirect-callback>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<HTMLElement>('latch-authenticate-with-redirect-callback')!;
    await waitFor(() => expect(el.dataset.outcome).toBe('error'), { timeout: 3000 });
  },
};
export default meta;
type Story = StoryObj;

/** The user cancelled at the provider (or it refused): nothing to sign in with. */
export const ProviderDenied: Story = { loaders: [returning('denied')] };

/** A new account whose transfer to a sign-up finds no external account any more. */
export const ExternalAccountNotFound: Story = {
  loaders: [returning({ emailAddress: 'newcomer@example.com' }, { status: 404, code: 'external_account_not_found' })],
};

/** A new account while this browser is signed in already (single-session instance). */
export const SessionExists: Story = {
  loaders: [returning({ emailAddress: 'newcomer@example.com' }, { status: 400, code: 'session_exists' })],
};
