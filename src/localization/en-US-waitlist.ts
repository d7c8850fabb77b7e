import type { LocalizationTree } from './types.js';

/** English strings of `<latch-waitlist>`, registered by the element's module. */
export const enUSWaitlist = {
  waitlist: {
    start: {
      title: 'Join the waitlist',
      subtitle: 'Leave your email and we will write when {{applicationName}} has room for you',
      formButton: 'Join the waitlist',
      actionText: 'Already have access?',
      actionLink: 'Sign in',
    },
    success: {
      title: 'You are on the list',
      subtitle: 'Watch your inbox',
      message: 'Thanks! We will email you an invitation to {{applicationName}} as soon as a spot opens.',
    },
  },
} satisfies LocalizationTree;
