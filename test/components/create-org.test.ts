import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/create-org/index.js';
import { LatchApiError } from '../../src/api/errors.js';
import type { LatchCreateOrg } from '../../src/components/create-org/create-org.js';
import { frFR } from '../../src/localization/locales/fr-FR.js';
import { ALICE, input, loadedLatch, until } from './helpers.js';

async function mountCreateOrg(props: { afterCreateOrganizationUrl?: string; skipInvitationScreen?: boolean } = {}) {
  const ctx = await loadedLatch({ users: [ALICE], clientState: 'signed-in' });
  const el = await fixture<LatchCreateOrg>(
    html`<latch-create-org .latch=${ctx.latch} .afterCreateOrganizationUrl=${props.afterCreateOrganizationUrl}
      .skipInvitationScreen=${props.skipInvitationScreen ?? false}></latch-create-org>`,
  );
  return { ...ctx, el };
}

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

/** What the file picker would do: put `file` in the input and tell the element. */
function chooseFile(el: HTMLElement, file: File): void {
  const picker = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types a name and presses Enter: the organization is created and the invite step shows. */
async function createAndReachInviteStep(el: LatchCreateOrg, name: string): Promise<void> {
  await createByKeyboard(el, name);
  await until(() => el.querySelector('input[name="emailAddresses"]'), 'invite step');
}

/** The same with `skipInvitationScreen`, when the logo failed: the step holds only the notice and Continue. */
async function createAndReachContinue(el: LatchCreateOrg, name: string): Promise<void> {
  await createByKeyboard(el, name);
  await until(
    () => document.activeElement?.classList.contains('cl-formButtonPrimary') && !el.querySelector('form'),
    'continue',
  );
}

async function createByKeyboard(el: LatchCreateOrg, name: string): Promise<void> {
  input(el, 'name').focus();
  await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
}

describe('<latch-create-org>', () => {
  it('renders name and slug accessibly, with Clerk element keys', async () => {
    const { el } = await mountCreateOrg();
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('New organization');
    expect(el.querySelector('.cl-formField__name')).to.exist;
    expect(el.querySelector('.cl-formField__slug')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('creates by keyboard: the slug follows the name, Enter creates, the new organization is active', async () => {
    const { el, latch, navigations } = await mountCreateOrg({
      afterCreateOrganizationUrl: '/orgs/:slug',
      skipInvitationScreen: true,
    });
    input(el, 'name').focus();
    await sendKeys({ type: 'Acme Rockets' });
    await el.updateComplete;
    expect(input(el, 'slug').value).to.equal('acme-rockets');
    await sendKeys({ press: 'Enter' });
    await until(() => latch.organization?.slug === 'acme-rockets', 'active organization');
    await until(() => navigations.includes('/orgs/acme-rockets'), 'after-create navigation');
  });

  it('keeps a slug the user typed, and shows the server’s error under it without losing input', async () => {
    const { el, latch } = await mountCreateOrg();
    await latch.createOrganization({ name: 'Taken', slug: 'taken' });
    input(el, 'slug').value = 'taken';
    input(el, 'slug').dispatchEvent(new Event('input'));
    input(el, 'name').value = 'Another';
    input(el, 'name').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(input(el, 'slug').value).to.equal('taken');
    el.querySelector('form')!.requestSubmit();
    // Under the slug field, not the form's alert (s10: every server refusal showed as an alert naming no field).
    await until(() => el.querySelector('.cl-formFieldErrorText__slug'), 'slug error under the field');
    expect(el.querySelector('.cl-alert')).to.equal(null);
    expect(input(el, 'slug').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'name').value).to.equal('Another');
    await expect(el).to.be.accessible();
  });

  it('refuses an empty name without a round trip, renders hostile names as text, and speaks French', async () => {
    const { el, api, latch } = await mountCreateOrg();
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__name'), 'empty error');
    expect(api.calls.some((c) => c.method === 'createOrganization')).to.be.false;
    input(el, 'name').value = '<img src=x onerror=alert(1)>';
    input(el, 'name').dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('img[src="x"]')).to.equal(null);
    latch.update({ localization: frFR });
    await el.updateComplete;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Nouvelle organisation');
  });

  it('takes a logo: refuses a non-image at the field, previews an image, removes it, uploads it after creation', async () => {
    const { el, api, latch } = await mountCreateOrg();
    expect(el.querySelector('.cl-organizationAvatarUploaderContainer')).to.exist;
    chooseFile(el, new File(['text'], 'notes.txt', { type: 'text/plain' }));
    await until(() => el.querySelector('.cl-formFieldErrorText__file'), 'file error');
    expect(el.querySelector('.cl-formFieldErrorText__file')?.textContent).to.contain('PNG');
    await expect(el).to.be.accessible();
    chooseFile(el, new File([PNG], 'logo.png', { type: 'image/png' }));
    await until(() => el.querySelector('.cl-organizationPreviewAvatarImage'), 'preview');
    expect(el.querySelector('.cl-formFieldErrorText__file')).to.equal(null);
    el.querySelector<HTMLButtonElement>('.cl-avatarImageActionsRemove')!.click();
    await until(() => !el.querySelector('.cl-organizationPreviewAvatarImage'), 'preview removed');
    chooseFile(el, new File([PNG], 'logo.png', { type: 'image/png' }));
    await until(() => el.querySelector('.cl-avatarImageActionsRemove'), 'remove button');
    await expect(el).to.be.accessible();
    await createAndReachInviteStep(el, 'Pictured');
    expect(api.calls.filter((c) => c.method === 'setOrganizationLogo')).to.have.length(1);
    expect(latch.organization?.hasImage).to.equal(true);
    expect(el.querySelector('.cl-alert')).to.equal(null);
  });

  it('says so when the logo upload fails, and the organization still exists and is active', async () => {
    const { el, api, latch, navigations } = await mountCreateOrg({
      afterCreateOrganizationUrl: '/orgs/:slug',
      skipInvitationScreen: true,
    });
    api.failNext(
      'setOrganizationLogo',
      new LatchApiError({ status: 500, errors: [{ code: 'internal_clerk_error', message: 'boom', meta: {} }] }),
    );
    chooseFile(el, new File([PNG], 'logo.png', { type: 'image/png' }));
    await createAndReachContinue(el, 'Unpictured');
    expect(latch.organization?.slug).to.equal('unpictured');
    expect(el.querySelector('.cl-alert')?.textContent).to.contain('logo could not be uploaded');
    expect(navigations).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => navigations.includes('/orgs/unpictured'), 'after-create navigation');
  });

  it('invites by keyboard after creation: a bad address is refused at the field with the text kept, then Enter sends', async () => {
    const { el, api, latch, navigations } = await mountCreateOrg({ afterCreateOrganizationUrl: '/orgs/:id' });
    await createAndReachInviteStep(el, 'Inviting');
    await until(() => el.querySelector('select option[value="org:admin"]'), 'roles');
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Invite your team');
    expect((el.querySelector('select') as HTMLSelectElement).value).to.equal('org:member');
    await expect(el).to.be.accessible();
    expect(document.activeElement).to.equal(input(el, 'emailAddresses'));
    await sendKeys({ type: 'bob@example.com, carol' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddresses'), 'address error');
    expect(input(el, 'emailAddresses').value).to.equal('bob@example.com, carol');
    expect(api.calls.some((c) => c.method === 'createOrganizationInvitations')).to.be.false;
    await expect(el).to.be.accessible();
    await sendKeys({ type: '@example.com dave@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('select'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    const orgId = latch.organization!.id;
    await until(() => navigations.includes(`/orgs/${orgId}`), 'after-create navigation');
    const sent = api.calls.find((c) => c.method === 'createOrganizationInvitations');
    if (!sent) throw new Error('no invitations were sent');
    expect(sent.params[1]).to.deep.include({ role: 'org:member' });
    expect((sent.params[1] as { emailAddresses: string[] }).emailAddresses).to.deep.equal([
      'bob@example.com',
      'carol@example.com',
      'dave@example.com',
    ]);
  });

  it('skips the invite step from the keyboard, firing latch-organization-create', async () => {
    const { el, api, navigations } = await mountCreateOrg({ afterCreateOrganizationUrl: '/orgs/:slug' });
    const created: unknown[] = [];
    el.addEventListener('latch-organization-create', (e) => created.push((e as CustomEvent).detail));
    await createAndReachInviteStep(el, 'Skipper');
    el.querySelector<HTMLButtonElement>('.cl-formButtonReset')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => navigations.includes('/orgs/skipper'), 'after-create navigation');
    expect(created).to.have.length(1);
    expect(api.calls.some((c) => c.method === 'createOrganizationInvitations')).to.be.false;
    await until(() => el.querySelector('input[name="name"]'), 'form again');
  });

  it('shows the server’s refusal of an invitation under the field, and the invite step in French', async () => {
    const { el, api, latch } = await mountCreateOrg();
    await createAndReachInviteStep(el, 'Refused');
    api.failNext(
      'createOrganizationInvitations',
      new LatchApiError({
        status: 422,
        errors: [{ code: 'form_param_format_invalid', message: 'is invalid', meta: { paramName: 'email_address' } }],
      }),
    );
    input(el, 'emailAddresses').value = '<img src=x onerror=alert(1)>@example.com';
    input(el, 'emailAddresses').dispatchEvent(new Event('input'));
    el.querySelector('form')!.requestSubmit();
    await until(() => el.querySelector('.cl-formFieldErrorText__emailAddresses'), 'server error');
    expect(el.querySelector('img[src="x"]')).to.equal(null);
    expect(input(el, 'emailAddresses').value).to.equal('<img src=x onerror=alert(1)>@example.com');
    latch.update({ localization: frFR });
    await el.updateComplete;
    expect(el.querySelector('.cl-headerTitle')?.textContent).to.equal('Invitez votre équipe');
    expect(el.querySelector('.cl-formButtonReset')?.textContent?.trim()).to.equal('Passer');
  });
});
