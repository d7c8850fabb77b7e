/**
 * Every sign-in error the dev server can answer, fed through the memory adapter at the step where the server
 * would send it: each must read as its localized text (en-US and fr-FR, never the server's English) and land
 * where it belongs, under its field or in the card's alert, with what was typed kept.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { type ApiErrorMeta, LatchApiError } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { FrontendApiMethod } from '../../src/api/memory/memory-api.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { enUS } from '../../src/localization/en-US.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

type Step = 'identifier' | 'password' | 'code';
type Place = 'identifier' | 'password' | 'code' | 'alert';

interface Row {
  code: string;
  step: Step;
  lands: Place;
  status?: number;
  meta?: ApiErrorMeta;
  retryAfter?: number;
  /** The localization key of the text (default: `unstable__errors.<code>`), and its tokens. */
  key?: string;
  tokens?: Record<string, string | number>;
}

const param = (name: string): ApiErrorMeta => ({ paramName: name });
const APP_NAME = defaultEnvironment().display_config.application_name;

/** Code, step, where it lands. Field errors carry their `param_name`, as the dev server sends them. */
const ROWS: Row[] = [
  { code: 'form_identifier_not_found', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  { code: 'form_param_format_invalid', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  { code: 'form_param_max_length_exceeded', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  { code: 'form_param_nil', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  { code: 'form_param_missing', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  { code: 'form_param_value_invalid', step: 'identifier', lands: 'identifier', meta: param('identifier') },
  // The allowlist or blocklist refuses the identifier (403): said at the field, with the application's name.
  ...(['identifier', 'email_address'] as const).map(
    (name): Row => ({
      code: 'not_allowed_access',
      step: 'identifier',
      lands: 'identifier',
      status: 403,
      meta: param(name),
      tokens: { applicationName: APP_NAME },
    }),
  ),
  { code: 'session_exists', step: 'identifier', lands: 'alert', status: 400 },
  { code: 'origin_invalid', step: 'identifier', lands: 'alert', status: 403 },
  { code: 'dev_browser_unauthenticated', step: 'identifier', lands: 'alert', status: 401 },
  { code: 'maintenance_mode', step: 'identifier', lands: 'alert', status: 503 },
  { code: 'internal_clerk_error', step: 'identifier', lands: 'alert', status: 500 },
  {
    code: 'too_many_requests',
    step: 'identifier',
    lands: 'alert',
    status: 429,
    retryAfter: 17,
    tokens: { seconds: 17 },
  },
  { code: 'form_password_incorrect', step: 'password', lands: 'password', meta: param('password') },
  { code: 'form_param_nil', step: 'password', lands: 'password', meta: param('password') },
  {
    code: 'user_locked',
    step: 'password',
    lands: 'alert',
    status: 403,
    meta: { lockoutExpiresInSeconds: 1740 },
    key: 'unstable__latch.userLockedFor',
    tokens: { minutes: 29 },
  },
  { code: 'strategy_for_user_invalid', step: 'password', lands: 'alert', meta: param('strategy') },
  { code: 'sign_in_status_invalid', step: 'password', lands: 'alert', status: 400 },
  { code: 'resource_not_found', step: 'password', lands: 'alert', status: 404 },
  { code: 'form_code_incorrect', step: 'code', lands: 'code', meta: param('code') },
  { code: 'verification_failed', step: 'code', lands: 'code', meta: param('code') },
  { code: 'verification_already_verified', step: 'code', lands: 'code', status: 400, meta: param('code') },
  { code: 'verification_expired', step: 'code', lands: 'alert' },
  { code: 'verification_missing', step: 'code', lands: 'alert', status: 400, meta: param('strategy') },
];

const METHOD: Record<Step, FrontendApiMethod> = {
  identifier: 'createSignIn',
  password: 'attemptSignInFirstFactor',
  code: 'attemptSignInFirstFactor',
};

function lookup(tree: unknown, key: string): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
  if (typeof text !== 'string' || !text) throw new Error(`no text for ${key}`);
  return text;
}

/** The resource's text with its `{{tokens}}` filled (the tests use plain numbers only). */
function expected(tree: unknown, row: Row): string {
  const text = lookup(tree, row.key ?? `unstable__errors.${row.code}`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(row.tokens?.[name] ?? ''));
}

function type(el: HTMLElement, name: string, value: string): void {
  input(el, name).value = value;
  input(el, name).dispatchEvent(new Event('input'));
}

async function mountAt(step: Step, fr: boolean) {
  const ctx = await loadedLatch({ users: [ALICE] }, fr ? { localization: frFR } : {});
  const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${ctx.latch}></latch-sign-in>`);
  await until(() => el.querySelector('input[name="identifier"]'), 'start step');
  if (step === 'identifier') return { ...ctx, el };
  type(el, 'identifier', ALICE.emailAddress);
  el.querySelector('form')!.requestSubmit();
  await until(() => el.querySelector('input[name="password"]'), 'password step');
  if (step === 'code') {
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.click();
    await until(() => el.querySelector('.cl-alternativeMethodsBlockButton__email_code'), 'alternatives');
    el.querySelector<HTMLButtonElement>('.cl-alternativeMethodsBlockButton__email_code')!.click();
    await until(() => el.querySelector('input[name="code"]'), 'code step');
  }
  return { ...ctx, el };
}

const TYPED: Record<Step, string> = { identifier: 'alice@example.co', password: 'not-her-password', code: '123456' };

/** The text at `place`: a field's error (tied to its input) or the card's alert. */
function textAt(el: HTMLElement, place: Place): string {
  if (place === 'alert') return el.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  const error = el.querySelector(`.cl-formFieldErrorText__${place}, .cl-otpCodeFieldErrorText`);
  return error?.textContent?.trim() ?? '';
}

for (const [locale, tree] of [
  ['en-US', enUS],
  ['fr-FR', frFR],
] as const) {
  describe(`<latch-sign-in> error codes (${locale})`, () => {
    for (const row of ROWS) {
      it(`${row.code} on the ${row.step} step: its own words, ${row.lands === 'alert' ? 'in the alert' : `under ${row.lands}`}`, async () => {
        const { el, api } = await mountAt(row.step, locale === 'fr-FR');
        api.failNext(
          METHOD[row.step],
          new LatchApiError({
            status: row.status ?? 422,
            retryAfter: row.retryAfter,
            errors: [
              { code: row.code, message: 'server words', longMessage: 'server words, longer', meta: row.meta ?? {} },
            ],
          }),
        );
        type(el, row.step, TYPED[row.step]);
        el.querySelector('form')!.requestSubmit();
        const want = expected(tree, row);
        await until(() => textAt(el, row.lands) === want, `"${want}" at ${row.lands} (got "${textAt(el, row.lands)}")`);
        const elsewhere = row.lands === 'alert' ? textAt(el, row.step) : textAt(el, 'alert');
        expect(elsewhere).to.equal('', 'nowhere else');
        expect(el.textContent).to.not.contain('server words');
        expect(input(el, row.step).value).to.equal(TYPED[row.step], 'what was typed is kept');
        if (row.lands !== 'alert') {
          expect(input(el, row.lands).getAttribute('aria-invalid')).to.equal('true');
        }
      });
    }
  });
}

describe('<latch-sign-in> error codes: one accessible state', () => {
  it('a field error and an alert pass axe', async () => {
    const { el, api } = await mountAt('password', false);
    api.failNext(
      'attemptSignInFirstFactor',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'form_password_incorrect', message: 'x', meta: param('password') }],
      }),
    );
    type(el, 'password', 'wrong-password');
    el.querySelector('form')!.requestSubmit();
    await until(() => textAt(el, 'password'), 'password error');
    await expect(el).to.be.accessible();
  });
});
