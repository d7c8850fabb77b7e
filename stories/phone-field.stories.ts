import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/sign-in/index.js';
import type { EnvironmentJSON } from '../src/api/index.js';
import { defaultEnvironment } from '../src/api/memory/default-environment.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, STORY_LATENCY_MS, storyLatch } from './support.js';

type Loaded = { latch: Latch };

/** Phone numbers as the only identifier, so the sign-in card opens on the phone field. */
function phoneOnly(): EnvironmentJSON {
  const env = defaultEnvironment();
  const { attributes } = env.user_settings;
  attributes.email_address.enabled = false;
  attributes.email_address.used_for_first_factor = false;
  Object.assign(attributes.phone_number, { enabled: true, used_for_first_factor: true, first_factors: ['phone_code'] });
  return env;
}

const phoneLatch = (initialValues?: { phoneNumber: string }) => async () => ({
  latch: await storyLatch({
    users: [{ ...DEMO, phoneNumber: '+33612345678' }],
    environment: phoneOnly(),
    latencyMs: STORY_LATENCY_MS,
  }),
  initialValues,
});

const meta: Meta = {
  title: 'UI/Phone field',
  component: 'latch-sign-in',
  argTypes: appearanceArgTypes,
  render: (_args, { loaded }) =>
    html`<latch-sign-in routing="virtual" .latch=${(loaded as Loaded).latch} .initialValues=${(loaded as { initialValues?: unknown }).initialValues}></latch-sign-in>`,
};
export default meta;
type Story = StoryObj;

const picker = (canvas: HTMLElement) =>
  waitFor(
    () => {
      const select = canvas.querySelector<HTMLSelectElement>('select[name="identifierCountryCode"]');
      if (!select) throw new Error('no country picker yet');
      return select;
    },
    { timeout: 10_000 },
  );

/** The empty field: the country of the browser's language, ready for a national number. */
export const Empty: Story = {
  loaders: [phoneLatch()],
  play: async ({ canvasElement }) => {
    await picker(canvasElement);
  },
};

/** Prefilled from an E.164 number (`initialValues.phoneNumber`): the country and the national format follow. */
export const Prefilled: Story = {
  loaders: [phoneLatch({ phoneNumber: '+33612345678' })],
  play: async ({ canvasElement }) => {
    const select = await picker(canvasElement);
    await waitFor(() => expect(select.value).toBe('FR'));
    const input = canvasElement.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    await waitFor(() => expect(input.value).toBe('06 12 34 56 78'));
  },
};

/** An international number typed with `+` picks its own country. */
export const TypedInternational: Story = {
  loaders: [phoneLatch()],
  play: async ({ canvasElement }) => {
    const select = await picker(canvasElement);
    const input = canvasElement.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    await userEvent.type(input, '+44 7400 123456');
    await waitFor(() => expect(select.value).toBe('GB'));
  },
};

/** A number the server does not know: the error sits at the field. */
export const UnknownNumber: Story = {
  loaders: [phoneLatch()],
  play: async ({ canvasElement }) => {
    await picker(canvasElement);
    const input = canvasElement.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    await userEvent.type(input, '+1 202 555 0143{enter}');
    await waitFor(() => expect(canvasElement.querySelector('.cl-formFieldErrorText__identifier')).toBeTruthy(), {
      timeout: 3000,
    });
  },
};
