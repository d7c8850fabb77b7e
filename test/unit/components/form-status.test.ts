/**
 * FormStatus words a failure with the error strings, a chunk of their own (src/localization/load-error-strings.ts):
 * fetched before the error first shows, so the first render already has Latch's words, not the server's; a failed
 * download shows the server's message (or unexpected_error), and the next error fetches the strings again.
 * One page per test file: the strings are not loaded when this file starts, and the tests run in order.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LatchApiError, LatchRuntimeError } from '../../../src/api/errors.js';
import { FormStatus } from '../../../src/components/base/form-status.js';
import { enUSErrors } from '../../../src/localization/en-US-errors.js';
import { setErrorStringsFetch } from '../../../src/localization/load-error-strings.js';
import { createLocalizer } from '../../../src/localization/localizer.js';

const errors = enUSErrors.unstable__errors;
const serverError = (code: string, message = 'server words', paramName?: string) =>
  new LatchApiError({ status: 422, errors: [{ code, message, meta: paramName ? { paramName } : {} }] });

/** A form with one field (`password`) that records what every render showed. */
class StatusHost extends LitElement {
  readonly status = new FormStatus(this, (error) => createLocalizer().translateError(error));
  readonly shown: string[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const alert = this.status.formError;
    const field = this.status.error('password') ?? '';
    if (alert) this.shown.push(alert);
    if (field) this.shown.push(field);
    return html`<p role="alert">${alert}</p><input name="password" aria-invalid=${field ? 'true' : 'false'} /><p>${field}</p>`;
  }
}
customElements.define('test-status-host', StatusHost);

const mount = () => fixture<StatusHost>(html`<test-status-host></test-status-host>`);

describe('FormStatus and the error strings', () => {
  const realFetch = setErrorStringsFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  let fetches = 0;
  const failing = () => {
    fetches++;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  const counting: typeof realFetch = () => {
    fetches++;
    return realFetch();
  };

  afterEach(() => setErrorStringsFetch(counting));

  it('without the strings (their download failed), shows the server message, else unexpected_error', async () => {
    setErrorStringsFetch(failing);
    const el = await mount();
    expect(await el.status.run(() => Promise.reject(serverError('form_password_incorrect')), {})).to.equal(false);
    await el.updateComplete;
    expect(el.status.formError).to.equal('server words');
    expect(el.shown).to.deep.equal(['server words']);

    await el.status.run(() =>
      Promise.reject(new LatchApiError({ status: 422, errors: [{ code: 'x', message: '', meta: {} }] })),
    );
    expect(el.status.formError).to.equal(createLocalizer().t('unstable__errors.unexpected_error'));
    // A locked account with its lockout's length, but no words for it: the server's.
    const locked = new LatchApiError({
      status: 403,
      errors: [{ code: 'user_locked', message: 'Account locked', meta: { lockoutExpiresInSeconds: 60 } }],
    });
    await el.status.run(() => Promise.reject(locked));
    expect(el.status.formError).to.equal('Account locked');
    expect(fetches).to.equal(3, 'each error tried the download again');
    // What the loader keeps is worded without the strings.
    await el.status.run(() => Promise.reject(new LatchRuntimeError('network_error', 'fetch failed')));
    expect(el.status.formError).to.equal(createLocalizer().t('unstable__errors.network_error'));
  });

  it('a later error fetches the strings: run() shows our words on its first render, fail() is worded again', async () => {
    fetches = 0;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    setErrorStringsFetch(() => {
      fetches++;
      return arrived.then(realFetch);
    });
    const failing = await mount();
    const submitting = await mount();
    failing.status.fail(serverError('session_exists'));
    await failing.updateComplete;
    expect(failing.status.formError).to.equal('server words', 'fail() shows at once');
    const submitted = submitting.status.run(
      () => Promise.reject(serverError('form_password_incorrect', 'server words', 'password')),
      { password: 'password' },
    );
    await submitting.updateComplete;
    expect(submitting.status.busy).to.equal(true, 'still busy while the strings come');
    expect(submitting.shown).to.deep.equal([], 'nothing shown before the words are in');

    arrive();
    expect(await submitted).to.equal(false);
    expect(submitting.status.error('password')).to.equal(errors.form_password_incorrect);
    expect(submitting.shown).to.deep.equal([errors.form_password_incorrect], 'never the server words, not even once');
    expect(document.activeElement).to.equal(submitting.querySelector('input[name="password"]'));
    await failing.updateComplete;
    expect(failing.status.formError).to.equal(errors.session_exists, 'fail() worded again when they arrived');
    expect(failing.querySelector('[role="alert"]')?.textContent).to.equal(errors.session_exists);

    await submitting.status.run(() => Promise.reject(serverError('form_identifier_not_found')));
    expect(submitting.status.formError).to.equal(errors.form_identifier_not_found);
    expect(fetches).to.equal(1, 'fetched once for both forms');
  });

  it('reject() shows client-side checks under their fields', async () => {
    const el = await mount();
    await el.status.reject({ password: () => createLocalizer().t('unstable__errors.form_param_nil') });
    await el.updateComplete;
    expect(el.status.error('password')).to.equal('Please fill in this field.');
    expect(el.status.formError).to.equal('');
  });
});
