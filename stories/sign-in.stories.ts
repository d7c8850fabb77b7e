import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/components/sign-in/index.js';
import { LatchRuntimeError, MemoryFrontendApi } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import { Latch } from '../src/core/index.js';
import { dark, neobrutalism, simple } from '../themes/index.js';
import {
  appearanceArgTypes,
  DEMO,
  findInput,
  holdCalls,
  latchAtFirstFactor,
  STORY_LATENCY_MS,
  storyLatch,
  unloadedLatch,
} from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/Sign in',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

export const Start: Story = { tags: ['visual-themes'], loaders: [async () => ({ latch: await storyLatch() })] };

export const Loading: Story = { loaders: [async () => ({ latch: unloadedLatch() })] };

export const LoadFailed: Story = {
  loaders: [
    async () => {
      const api = new MemoryFrontendApi();
      api.failNext('getEnvironment', new LatchRuntimeError('network_error', 'offline'));
      const latch = new Latch(undefined, { api });
      await latch.load().catch(() => undefined);
      return { latch };
    },
  ],
};

export const Password: Story = {
  tags: ['visual-themes'],
  loaders: [async () => ({ latch: await latchAtFirstFactor() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="factor-one" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};

export const WrongPassword: Story = {
  ...Password,
  tags: ['visual-themes'],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'password'), 'not-it{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__password')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const UnknownIdentifier: Story = {
  ...Start,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox'), 'nobody@example.com{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__identifier')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

export const ChooseAnotherMethod: Story = {
  loaders: [async () => ({ latch: await latchAtFirstFactor() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" initial-step="choose-strategy" .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};

export const EmailCode: Story = {
  ...ChooseAnotherMethod,
  play: async ({ canvasElement }) => {
    const button = await waitFor(() => {
      const el = canvasElement.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code');
      if (!el) throw new Error('not yet');
      return el;
    });
    await userEvent.click(button);
    // "Send another" waits out its countdown after the code has gone out.
    await waitFor(
      () => expect(canvasElement.querySelector<HTMLButtonElement>('.cl-formResendCodeLink')?.disabled).toBe(true),
      {
        timeout: 3000,
      },
    );
  },
};

export const Dark: Story = {
  loaders: [async () => ({ latch: await storyLatch(undefined, { appearance: { theme: dark } }) })],
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = {
  loaders: [
    async () => ({
      latch: await storyLatch(undefined, {
        localization: { locale: 'ar-SA', signIn: { start: { title: 'تسجيل الدخول' } } },
      }),
    }),
  ],
};

export const WithPrefilledIdentifier: Story = {
  loaders: [async () => ({ latch: await storyLatch() })],
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .initialValues=${{ emailAddress: DEMO.emailAddress }} .latch=${(loaded as Loaded).latch}></latch-sign-in>`,
};

/** A development instance: "Development mode" under the card (off with `unsafe_disableDevelopmentModeWarnings`). */
export const DevelopmentInstance: Story = {
  loaders: [
    async () => {
      const environment = defaultEnvironment();
      environment.display_config.show_devmode_warning = true;
      return { latch: await storyLatch({ users: [DEMO], environment }) };
    },
  ],
};

/** `simpleStyles`: structure only, the page's own CSS styles the rest. */
export const SimpleTheme: Story = {
  loaders: [async () => ({ latch: await storyLatch(undefined, { appearance: { theme: simple } }) })],
};

export const Neobrutalism: Story = {
  loaders: [async () => ({ latch: await storyLatch(undefined, { appearance: { theme: neobrutalism } }) })],
};

/** The chosen other method on its way: spinner and aria-busy on its button (the code never leaves here). */
export const SendingCode: Story = {
  ...ChooseAnotherMethod,
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await latchAtFirstFactor(api);
      holdCalls(api, 'prepareSignInFirstFactor');
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    const button = await waitFor(() => {
      const el = canvasElement.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code');
      if (!el) throw new Error('not yet');
      return el;
    });
    await userEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
  },
};

/** A code with digits missing is refused here, saying how many it takes. */
export const IncompleteCode: Story = {
  ...EmailCode,
  play: async (context) => {
    await EmailCode.play?.(context);
    const code = await findInput(context.canvasElement, 'code');
    await userEvent.type(code, '123{enter}');
    await waitFor(() => expect(context.canvasElement.querySelector('.cl-formFieldErrorText__code')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** "Show password" pressed: the password reads as text and the toggle says it hides it again. */
export const PasswordShown: Story = {
  ...Password,
  play: async ({ canvasElement }) => {
    const password = await findInput(canvasElement, 'password');
    await userEvent.type(password, 'analytical');
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('.cl-formFieldInputShowPasswordButton')!);
    await waitFor(() => expect(password.type).toBe('text'));
  },
};

/** A full code that is not the one sent: the field says so and keeps the digits for correction. */
export const WrongCode: Story = {
  ...EmailCode,
  play: async (context) => {
    await EmailCode.play?.(context);
    await userEvent.type(await findInput(context.canvasElement, 'code'), '111111');
    await waitFor(() => expect(context.canvasElement.querySelector('.cl-formFieldErrorText__code')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};

/** The password on its way to the server: the primary button is busy (this story's answer never comes). */
export const CheckingPassword: Story = {
  ...Password,
  loaders: [
    async () => {
      const api = new MemoryFrontendApi({ users: [DEMO], latencyMs: STORY_LATENCY_MS });
      const latch = await latchAtFirstFactor(api);
      holdCalls(api, 'attemptSignInFirstFactor');
      return { latch };
    },
  ],
  play: async ({ canvasElement }) => {
    await userEvent.type(await findInput(canvasElement, 'password'), `${DEMO.password}{enter}`);
    await waitFor(() =>
      expect(canvasElement.querySelector('.cl-formButtonPrimary')?.getAttribute('aria-busy')).toBe('true'),
    );
  },
};
