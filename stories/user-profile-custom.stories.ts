import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/user-button/index.js';
import '../src/components/user-profile/index.js';
import type { CustomPage } from '../src/components/user-profile/custom-pages.js';
import type { Latch } from '../src/core/index.js';
import { appearanceArgTypes, DEMO, storyLatch } from './support.js';

type Loaded = { latch: Latch };

const meta: Meta = {
  title: 'Elements/User profile custom pages',
  component: 'latch-user-profile',
  argTypes: appearanceArgTypes,
  loaders: [async () => ({ latch: await storyLatch({ users: [DEMO], clientState: 'signed-in' }) })],
};
export default meta;
type Story = StoryObj;

/** Waits for an element inside the story. */
const found = (canvas: HTMLElement, selector: string) =>
  waitFor(
    () => {
      const el = canvas.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no ${selector} yet`);
      return el;
    },
    { timeout: 3000 },
  );

const dot = html`<svg slot="labelIcon" viewBox="0 0 16 16" fill="currentColor"><circle cx="8" cy="8" r="5"></circle></svg>`;

/** Child pages and a link: "Help" between the defaults ("security" named after it), a link to the home page. */
export const ChildPages: Story = {
  render: (_args, { loaded }) => html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}>
    <latch-user-profile-page label="Help" url="help">
      ${dot}
      <h2>Help</h2>
      <p>Write to help@example.com; we answer within a day.</p>
    </latch-user-profile-page>
    <latch-user-profile-page label="security"></latch-user-profile-page>
    <latch-user-profile-link label="Home" url="/">${dot}</latch-user-profile-link>
  </latch-user-profile>`,
  play: async ({ canvasElement }) => {
    await found(canvasElement, '.cl-profilePage__account');
    const labels = [...canvasElement.querySelectorAll('.cl-navbarButtonText')].map((t) => t.textContent?.trim());
    await expect(labels).toEqual(['Profile', 'Help', 'Sign-in & security', 'Home']);
  },
};

/** The custom page on show, reached from the navbar. */
export const CustomPageShown: Story = {
  render: ChildPages.render,
  play: async ({ canvasElement }) => {
    await userEvent.click(await found(canvasElement, '.cl-navbarButton__help'));
    await found(canvasElement, '.cl-profilePage__help');
  },
};

const customPages: CustomPage[] = [
  {
    label: 'Billing',
    url: 'billing',
    mountIcon: (el) => {
      el.textContent = '€';
    },
    mount: (el) => {
      const title = document.createElement('h2');
      title.textContent = 'Billing';
      const text = document.createElement('p');
      text.textContent = 'Your plan renews on the first of the month.';
      el.append(title, text);
    },
  },
  { label: 'account' },
  { label: 'Documentation', url: 'https://docs.example.com/' },
];

/** The `customPages` property (Clerk's JavaScript shape): "Billing" before the Account page, a link after. */
export const CustomPagesProperty: Story = {
  render: (_args, { loaded }) => html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}
    .customPages=${customPages} initial-step="billing"></latch-user-profile>`,
  play: async ({ canvasElement }) => {
    await found(canvasElement, '.cl-profilePage__billing');
  },
};

/** Hostile labels render as text. */
export const HostileLabels: Story = {
  render: (_args, { loaded }) => html`<latch-user-profile routing="virtual" .latch=${(loaded as Loaded).latch}>
    <latch-user-profile-page label=${'<img src=x onerror=alert(1)>'} url="x"><p>Content</p></latch-user-profile-page>
  </latch-user-profile>`,
  play: async ({ canvasElement }) => {
    await found(canvasElement, '.cl-navbarButton__x');
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** The user button's menu with a custom action opening the profile at a custom page given on the button. */
export const UserButtonOpensCustomPage: Story = {
  render: (_args, { loaded }) => html`<latch-user-button default-open .latch=${(loaded as Loaded).latch}>
    <latch-user-button-action label="Help" open="help">${dot}</latch-user-button-action>
    <latch-user-profile-page label="Help" url="help">${dot}<p>Write to help@example.com.</p></latch-user-profile-page>
  </latch-user-button>`,
};
