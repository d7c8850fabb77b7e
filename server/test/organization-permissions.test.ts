/**
 * Every organization write checks the acting member's permissions: a plain member (`org:member`) is refused each
 * admin endpoint with `not_allowed_access`, a custom role holding the system permission is allowed it, and an
 * instance that turned admin deletion off refuses even an admin. Responses are validated against the spec.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { errorCode, fapi, mailedCode, makeServer, signedInUser } from './helpers.js';

const ORG = '/v1/organizations/{organization_id}';
const MEMBERSHIPS = `${ORG}/memberships`;
const DOMAINS = `${ORG}/domains`;
const DOMAIN = `${DOMAINS}/{domain_id}`;
const REQUEST = `${ORG}/membership_requests/{request_id}`;
const INVITATIONS = `${ORG}/invitations`;
const SUGGESTIONS = '/v1/me/organization_suggestions';

/** Clerk's permission refusal: 403 with `not_allowed_access`. */
function assertRefused(result: { res: Response; body: { errors?: { code: string }[] } }, what: string) {
  assert.equal(result.res.status, 403, `${what}: status`);
  assert.equal(errorCode(result.body), 'not_allowed_access', `${what}: code`);
}

/**
 * Ada creates Acme (she is its admin), verifies acme.dev with automatic suggestions, and Bob joins with `bobRole`;
 * Carol, at acme.dev, accepts the suggestion: a pending membership request.
 */
async function acme(
  bobRole: string,
  instance: NonNullable<NonNullable<Parameters<typeof makeServer>[0]>['instance']> = {},
) {
  const server = await makeServer({
    instance: {
      ...instance,
      organization_settings: { enabled: true, domains_enabled: true, ...instance?.organization_settings },
    },
  });
  const ada = await signedInUser(server, 'ada@acme.dev');
  const created = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', { form: { name: 'Acme' } });
  const orgId = created.body.response.id as string;
  const base = `/v1/organizations/${orgId}`;
  const added = await fapi(ada.browser, 'post', DOMAINS, `${base}/domains`, { form: { name: 'acme.dev' } });
  const domainId = added.body.response.id as string;
  const domain = `${base}/domains/${domainId}`;
  await fapi(
    ada.browser,
    'post',
    `${DOMAIN}/prepare_affiliation_verification`,
    `${domain}/prepare_affiliation_verification`,
    {
      form: { affiliation_email_address: 'ada@acme.dev' },
    },
  );
  const code = await mailedCode(server.app, 'ada@acme.dev');
  await fapi(
    ada.browser,
    'post',
    `${DOMAIN}/attempt_affiliation_verification`,
    `${domain}/attempt_affiliation_verification`,
    {
      form: { code },
    },
  );
  await fapi(ada.browser, 'post', `${DOMAIN}/update_enrollment_mode`, `${domain}/update_enrollment_mode`, {
    form: { enrollment_mode: 'automatic_suggestion' },
  });

  const bob = await signedInUser(server, 'bob@example.dev');
  const joined = await fapi(ada.browser, 'post', MEMBERSHIPS, `${base}/memberships`, {
    form: { user_id: bob.userId, role: bobRole },
  });
  assert.equal(joined.res.status, 200);

  const carol = await signedInUser(server, 'carol@acme.dev');
  const suggestions = await fapi(carol.browser, 'get', SUGGESTIONS, SUGGESTIONS);
  const suggestionId = suggestions.body.response.data[0].id as string;
  await fapi(carol.browser, 'post', `${SUGGESTIONS}/{suggestion_id}/accept`, `${SUGGESTIONS}/${suggestionId}/accept`);
  const requests = await fapi(ada.browser, 'get', `${ORG}/membership_requests`, `${base}/membership_requests`);
  const requestId = requests.body.response.data[0].id as string;
  return { server, ada, bob, carol, orgId, base, domain, requestId };
}

describe('organization permissions', () => {
  let org: Awaited<ReturnType<typeof acme>>;

  describe('a plain member', () => {
    beforeEach(async () => {
      org = await acme('org:member');
    });

    it('is refused every domain write: delete, enrollment mode, affiliation prepare and attempt', async () => {
      const { bob, domain } = org;
      assertRefused(await fapi(bob.browser, 'delete', DOMAIN, domain), 'delete domain');
      assertRefused(
        await fapi(bob.browser, 'post', `${DOMAIN}/update_enrollment_mode`, `${domain}/update_enrollment_mode`, {
          form: { enrollment_mode: 'manual_invitation' },
        }),
        'update_enrollment_mode',
      );
      assertRefused(
        await fapi(
          bob.browser,
          'post',
          `${DOMAIN}/prepare_affiliation_verification`,
          `${domain}/prepare_affiliation_verification`,
          { form: { affiliation_email_address: 'bob@acme.dev' } },
        ),
        'prepare_affiliation_verification',
      );
      assertRefused(
        await fapi(
          bob.browser,
          'post',
          `${DOMAIN}/attempt_affiliation_verification`,
          `${domain}/attempt_affiliation_verification`,
          { form: { code: '123456' } },
        ),
        'attempt_affiliation_verification',
      );
      // Nothing changed: the admin still sees the domain verified, with automatic suggestions.
      const still = await fapi(org.ada.browser, 'get', DOMAIN, domain);
      assert.equal(still.body.response.enrollment_mode, 'automatic_suggestion');
      assert.equal(still.body.response.verification.status, 'verified');
    });

    it('is refused accepting or rejecting a membership request, and inviting one or many', async () => {
      const { bob, base, requestId } = org;
      for (const decision of ['accept', 'reject']) {
        assertRefused(
          await fapi(
            bob.browser,
            'post',
            `${REQUEST}/${decision}`,
            `${base}/membership_requests/${requestId}/${decision}`,
          ),
          `${decision} a membership request`,
        );
      }
      assertRefused(
        await fapi(bob.browser, 'post', INVITATIONS, `${base}/invitations`, {
          form: { email_address: 'eve@example.dev', role: 'org:member' },
        }),
        'invite',
      );
      assertRefused(
        await fapi(bob.browser, 'post', `${INVITATIONS}/bulk`, `${base}/invitations/bulk`, {
          form: { email_address: ['eve@example.dev', 'fay@example.dev'], role: 'org:member' },
        }),
        'bulk invite',
      );
      // The request is still pending for the admin.
      const pending = await fapi(org.ada.browser, 'get', `${ORG}/membership_requests`, `${base}/membership_requests`, {
        query: { status: 'pending' },
      });
      assert.equal(pending.body.response.total_count, 1);
    });
  });

  it('a custom role holding org:sys_memberships:manage may invite and accept a request, but not delete', async () => {
    org = await acme('org:manager', {
      organization_settings: {
        enabled: true,
        domains_enabled: true,
        roles: [
          {
            key: 'org:manager',
            name: 'Manager',
            permissions: ['org:sys_memberships:read', 'org:sys_memberships:manage'],
          },
        ],
      },
    });
    const { bob, base, requestId } = org;
    const invited = await fapi(bob.browser, 'post', INVITATIONS, `${base}/invitations`, {
      form: { email_address: 'eve@example.dev', role: 'org:member' },
    });
    assert.equal(invited.res.status, 200);
    assert.equal(invited.body.response.email_address, 'eve@example.dev');
    const accepted = await fapi(
      bob.browser,
      'post',
      `${REQUEST}/accept`,
      `${base}/membership_requests/${requestId}/accept`,
    );
    assert.equal(accepted.res.status, 200);
    assert.equal(accepted.body.response.status, 'accepted');
    // Memberships, yes; the organization's profile, no.
    assertRefused(await fapi(bob.browser, 'delete', ORG, base), 'delete the organization');
  });

  it('an instance with admin deletion off refuses even the admin: organization_admin_delete_not_enabled', async () => {
    const server = await makeServer({ instance: { organization_settings: { enabled: true, admin_delete: false } } });
    const ada = await signedInUser(server, 'ada@acme.dev');
    const created = await fapi(ada.browser, 'post', '/v1/organizations', '/v1/organizations', {
      form: { name: 'Acme' },
    });
    const base = `/v1/organizations/${created.body.response.id}`;
    const refused = await fapi(ada.browser, 'delete', ORG, base);
    assert.equal(refused.res.status, 403);
    assert.equal(errorCode(refused.body), 'organization_admin_delete_not_enabled');
    const still = await fapi(ada.browser, 'get', ORG, base);
    assert.equal(still.body.response.name, 'Acme');
  });
});
