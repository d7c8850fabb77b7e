/**
 * Property: names, emails, usernames and the application name, drawn from random Unicode and markup payloads,
 * render as text in every element (through the memory adapter): no element or attribute is created from them,
 * rendering never throws, and the text shows exactly as given.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { MemoryUserSeed } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/control/index.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import '../../src/components/sign-up/index.js';
import type { LatchSignUp } from '../../src/components/sign-up/sign-up.js';
import '../../src/components/user-button/index.js';
import { displayName } from '../../src/components/user-button/user-button.js';
import { hostileText, injectionProblems } from '../fuzz/hostile-text.js';
import { fuzzParameters, fuzzTimeout } from '../fuzz/settings.js';
import { input, loadedLatch, until } from './helpers.js';

/** An email address the memory adapter accepts, around a hostile local part. */
const hostileEmail = hostileText
  .map((text) => text.replace(/[\s@]/gu, '').slice(0, 200))
  .filter((local) => local.length > 0)
  .map((local) => `${local}@example.com`);

/**
 * Tag and attribute names of every element, in document order: what markup injection would change. `style` is
 * left out: the menu's position is written through the CSSOM once the lazily loaded positioning library is in,
 * which depends on timing, not on the text.
 */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map(
    (node) =>
      `${node.localName}[${node
        .getAttributeNames()
        .filter((name) => name !== 'style')
        .sort()}]`,
  );
}

function environmentNamed(applicationName: string) {
  const environment = defaultEnvironment();
  environment.display_config.application_name = applicationName;
  return environment;
}

function type(el: HTMLElement, name: string, value: string): void {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

const errors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
  errors.push(event instanceof ErrorEvent ? (event.error ?? event.message) : event.reason);
};

describe('elements render hostile user text as text (fast-check)', () => {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    expect(errors.map(String), 'uncaught errors while rendering').to.deep.equal([]);
  });

  /** The signed-in control element with a user button inside, opened; `show-name` on. */
  async function renderUserButton(user: MemoryUserSeed) {
    const { latch } = await loadedLatch({ users: [user], clientState: 'signed-in' });
    const root = await fixture<HTMLElement>(html`<latch-signed-in .latch=${latch}>
      <latch-user-button show-name .latch=${latch}></latch-user-button>
    </latch-signed-in>`);
    const button = root.querySelector('latch-user-button')!;
    await until(() => button.querySelector('.cl-userButtonTrigger'), 'trigger');
    button.querySelector<HTMLButtonElement>('.cl-userButtonTrigger')!.click();
    await until(() => button.querySelector('.cl-userPreviewMainIdentifier'), 'popover');
    return { latch, root, button };
  }

  it('user button and control elements: names, username and email', async function () {
    this.timeout(fuzzTimeout(60_000));
    const benign = await renderUserButton({
      emailAddress: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'L',
      username: 'ada',
    });
    const fullShape = shape(benign.button);
    fixtureCleanup();
    const maybe = (text: fc.Arbitrary<string>) => fc.option(text, { nil: undefined, freq: 4 });
    await fc.assert(
      fc.asyncProperty(
        maybe(hostileText),
        maybe(hostileText),
        maybe(hostileText),
        hostileEmail,
        async (firstName, lastName, username, emailAddress) => {
          try {
            const { latch, root, button } = await renderUserButton({ emailAddress, firstName, lastName, username });
            // Clerk's main identifier: full name, else username, else email.
            const name = [firstName, lastName].filter(Boolean).join(' ') || username || emailAddress;
            expect(displayName(latch.user!)).to.equal(name);
            expect(injectionProblems(root)).to.deep.equal([]);
            expect(button.querySelector('.cl-userButtonOuterIdentifier')!.textContent).to.equal(name);
            expect(button.querySelector('.cl-userPreviewMainIdentifier')!.textContent).to.equal(name);
            const secondary = button.querySelector('.cl-userPreviewSecondaryIdentifier');
            expect(secondary?.textContent ?? emailAddress).to.equal(emailAddress);
            // The same elements and attributes as for a plain name: nothing was created from the text.
            if (firstName && lastName) expect(shape(button)).to.deep.equal(fullShape);
            // The localized label takes the name once, verbatim: `{{…}}` inside it is not filled again.
            expect(button.querySelector('.cl-userButtonTrigger')!.getAttribute('aria-label')).to.contain(name);
          } finally {
            fixtureCleanup();
          }
        },
      ),
      fuzzParameters(25),
    );
  });

  it('sign-in: application name, typed identifier and the echoed identifier', async function () {
    this.timeout(fuzzTimeout(60_000));
    await fc.assert(
      fc.asyncProperty(hostileText, hostileEmail, hostileText, async (applicationName, emailAddress, firstName) => {
        try {
          const { latch } = await loadedLatch({
            environment: environmentNamed(applicationName),
            users: [{ emailAddress, password: 'correct-horse-battery', firstName }],
          });
          const el = await fixture<LatchSignIn>(
            html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`,
          );
          expect(el.textContent).to.contain(applicationName);
          type(el, 'identifier', emailAddress);
          el.querySelector('form')!.requestSubmit();
          await until(
            () => el.querySelector('input[name="password"]') || el.querySelector('.cl-formFieldErrorText__identifier'),
            'password step or identifier error',
          );
          expect(injectionProblems(el)).to.deep.equal([]);
          if (el.querySelector('input[name="password"]')) {
            const echoed = latch.client!.signIn.identifier ?? '';
            expect(el.querySelector('.cl-identityPreviewText')!.textContent).to.equal(echoed);
            expect(el.textContent).to.contain(applicationName);
          } else {
            // Refused (e.g. invisible characters): what was typed stays in the field.
            expect(input(el, 'identifier').value).to.equal(emailAddress);
          }
        } finally {
          fixtureCleanup();
        }
      }),
      fuzzParameters(20),
    );
  });

  it('sign-up: application name and the address the code was sent to', async function () {
    this.timeout(fuzzTimeout(60_000));
    await fc.assert(
      fc.asyncProperty(hostileText, hostileEmail, async (applicationName, emailAddress) => {
        try {
          const { latch } = await loadedLatch({ environment: environmentNamed(applicationName), users: [] });
          const el = await fixture<LatchSignUp>(
            html`<latch-sign-up routing="virtual" .latch=${latch}></latch-sign-up>`,
          );
          expect(el.textContent).to.contain(applicationName);
          type(el, 'emailAddress', emailAddress);
          type(el, 'password', 'a-long-enough-secret');
          el.querySelector('form')!.requestSubmit();
          await until(
            () => el.querySelector('input[name="code"]') || el.querySelector('.cl-formFieldErrorText__emailAddress'),
            'verify step or email error',
          );
          expect(injectionProblems(el)).to.deep.equal([]);
          if (el.querySelector('input[name="code"]')) {
            expect(el.textContent).to.contain(latch.client!.signUp.emailAddress ?? '\u0000never');
            expect(el.textContent).to.contain(applicationName);
          } else {
            expect(input(el, 'emailAddress').value).to.equal(emailAddress);
          }
        } finally {
          fixtureCleanup();
        }
      }),
      fuzzParameters(20),
    );
  });
});
