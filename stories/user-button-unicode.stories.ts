import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/user-button/index.js';
import type { MemoryUserSeed } from '../src/api/index.js';
import type { Latch } from '../src/core/index.js';
import { storyLatch } from './support.js';

/** Names whose first letter is more than one UTF-16 unit: the initials take whole graphemes. */
type Loaded = { latch: Latch };

const signedInAs = (user: MemoryUserSeed) => [
  async () => ({ latch: await storyLatch({ users: [user], clientState: 'signed-in' }) }),
];

const meta: Meta = {
  title: 'Elements/User button/Unicode names',
  component: 'latch-user-button',
  render: (_args, { loaded }) =>
    html`<latch-user-button default-open show-name .latch=${(loaded as Loaded).latch}></latch-user-button>`,
};
export default meta;
type Story = StoryObj;

export const EmojiFirstName: Story = {
  loaders: signedInAs({ emailAddress: 'sally@example.com', firstName: '👩‍🚀 Sally', lastName: 'Ride' }),
};

export const FlagUsername: Story = {
  loaders: signedInAs({ emailAddress: 'fr@example.com', username: '🇫🇷marianne' }),
};

export const CombiningMarks: Story = {
  loaders: signedInAs({ emailAddress: 'emile@example.com', firstName: 'e\u0301mile', lastName: 'Zola' }),
};

export const RightToLeft: Story = {
  loaders: signedInAs({ emailAddress: 'mohammed@example.com', firstName: 'محمد', lastName: 'علي' }),
};

export const HangulAndDevanagari: Story = {
  loaders: signedInAs({ emailAddress: 'minjun@example.com', firstName: '민준', lastName: 'किरण' }),
};
