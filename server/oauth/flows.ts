import { randomBytes } from 'node:crypto';
import { MINUTE } from '../clock.js';
import type { FlowDeps } from '../context.js';
import type { ClientRow } from '../domain/clients.js';
import { enterpriseConnectionFor } from '../domain/enterprise-sso.js';
import type { SignInRow, SignIns } from '../domain/sign-ins.js';
import type { SignUpRow, SignUps } from '../domain/sign-ups.js';
import type { UserRow } from '../domain/users.js';
import type { VerificationRow } from '../domain/verifications.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import {
  type MockOAuthProvider,
  type MockProvider,
  type ProviderIdentity,
  pkceChallenge,
  sha256,
} from './mock-provider.js';

/** How long the browser has to come back from the provider. */
export const OAUTH_FLOW_TTL_MS = 10 * MINUTE;

/** Where the browser goes: the provider's authorize page, and the FAPI's callback it returns to. */
export interface OAuthUrls {
  /** e.g. `http://localhost:4000/__dev/oauth` (the mock provider's base). */
  providerBase: string;
  /** e.g. `http://localhost:4000/__clerk/v1/oauth_callback`. */
  callbackUrl: string;
}

interface FlowRow {
  id: string;
  client_id: string;
  /** `connect`: a signed-in user links another provider account from the profile; `flow_id` is the user id. */
  kind: 'sign_in' | 'sign_up' | 'connect';
  flow_id: string;
  verification_id: string;
  provider: MockProvider;
  state_hash: string;
  code_verifier: string;
  redirect_url: string;
  action_complete_redirect_url: string | null;
  identity: string | null;
  used_at: number | null;
  expire_at: number;
  created_at: number;
}

export interface StartParams {
  strategy: string;
  redirectUrl: string;
  actionCompleteRedirectUrl: string | null;
}

/** `oauth_google` → `google` when the instance has that provider on; anything else is refused. */
export function socialProviderOf(deps: Pick<FlowDeps, 'instance'>, strategy: string): MockProvider {
  const on = (deps.instance.social as Record<string, boolean>)[strategy] === true;
  if (!on) {
    throw errors.paramValueInvalid('strategy', `The strategy ${strategy} is not enabled for this instance.`);
  }
  return strategy.slice('oauth_'.length) as MockProvider;
}

/**
 * The FAPI's side of OAuth: it starts a redirect to the provider (state + PKCE, kept here), takes the browser
 * back at `GET /v1/oauth_callback`, exchanges the code, and then completes, transfers or fails the sign-in or
 * sign-up that started it. Clerk's linking rule: a known external account signs its user in; a provider-verified
 * email that matches a user links the account to that user; anything else is `transferable` to the other flow.
 */
export class OAuthFlows {
  constructor(
    private readonly deps: FlowDeps,
    private readonly flows: { signIns: SignIns; signUps: SignUps; provider: MockOAuthProvider },
  ) {}

  /** `POST /v1/client/sign_ins` with `strategy=oauth_*`. */
  startSignIn(client: ClientRow, params: StartParams, urls: OAuthUrls): SignInRow {
    const provider = socialProviderOf(this.deps, params.strategy);
    const { verificationId, begin } = this.prepare(client, 'sign_in', provider, params, urls);
    const row = this.flows.signIns.startExternal(client, verificationId);
    begin(row.id);
    return row;
  }

  /**
   * `POST …/prepare_first_factor` with `strategy=enterprise_sso`: the sign-in of an address at an enterprise
   * domain goes to the connection's identity provider (the mock's `enterprise` page), the address as login hint.
   */
  startEnterprise(client: ClientRow, signInId: string, params: StartParams, urls: OAuthUrls): SignInRow {
    const { row } = this.flows.signIns.pendingEnterprise(client, signInId);
    const hint: Record<string, string> = row.identifier ? { login_hint: row.identifier } : {};
    const { verificationId, begin } = this.prepare(client, 'sign_in', 'enterprise', params, urls, hint);
    const updated = this.flows.signIns.awaitExternal(row, verificationId);
    begin(row.id);
    return updated;
  }

  /** `POST /v1/client/sign_ups` with `strategy=oauth_*`. */
  startSignUp(client: ClientRow, params: StartParams, urls: OAuthUrls): SignUpRow {
    const provider = socialProviderOf(this.deps, params.strategy);
    const { verificationId, begin } = this.prepare(client, 'sign_up', provider, params, urls);
    const row = this.flows.signUps.createExternal(client, verificationId);
    begin(row.id);
    return row;
  }

  /**
   * `POST /v1/me/external_accounts`: the account to be, announced now with the id it will keep and the provider's
   * authorize URL; the callback links it to `user` (see `finishConnect`). One account per provider and user.
   */
  startConnect(client: ClientRow, user: UserRow, params: StartParams, urls: OAuthUrls): PendingExternalAccount {
    const provider = socialProviderOf(this.deps, params.strategy);
    if (this.deps.externalAccounts.forUser(user.id).some((row) => row.provider === provider)) {
      throw externalAccountExists();
    }
    const { verificationId, begin } = this.prepare(client, 'connect', provider, params, urls);
    begin(user.id);
    const verification = this.deps.verifications.get(verificationId);
    if (!verification) throw errors.internal();
    return { id: connectedAccountId(verificationId), userId: user.id, provider, verification };
  }

  /** `POST /v1/client/sign_ups` with `transfer=true`: the identity the client's sign-in could not place. */
  transferToSignUp(client: ClientRow): SignUpRow {
    const signIn = client.sign_in_id ? this.flows.signIns.byId(client.sign_in_id) : null;
    const { flow, identity } = this.transferable(signIn?.first_factor_verification_id ?? null);
    const signUp = this.flows.signUps.createTransfer(client, identity, flow.verification_id);
    this.deps.verifications.setStatus(flow.verification_id, 'verified');
    this.deps.clients.update(client.id, { sign_in_id: null });
    return this.flows.signUps.byId(signUp.id) ?? signUp;
  }

  /** `POST /v1/client/sign_ins` with `transfer=true`: the sign-up's provider account belongs to a user already. */
  transferToSignIn(client: ClientRow): SignInRow {
    const signUp = client.sign_up_id ? this.flows.signUps.byId(client.sign_up_id) : null;
    const { flow, identity } = this.transferable(signUp?.external_verification_id ?? null);
    const user = this.userFor(identity);
    if (!user) throw errors.identifierNotFound();
    const row = this.flows.signIns.startExternal(client, flow.verification_id);
    this.deps.verifications.setStatus(flow.verification_id, 'verified');
    this.deps.clients.update(client.id, { sign_up_id: null });
    return this.flows.signIns.completeExternal(client, row, user, strategyOf(identity));
  }

  /**
   * `GET /v1/oauth_callback?code&state` (or `error`): where the browser goes next. A state that is unknown, used
   * or expired is refused outright (there is no flow to return to); everything after that returns to the app.
   */
  callback(query: { state?: string; code?: string; error?: string }, urls: OAuthUrls): string {
    if (!query.state) throw errors.paramMissing('state');
    const flow = this.deps.db.prepare('SELECT * FROM oauth_flows WHERE state_hash = ?').get(sha256(query.state)) as
      | FlowRow
      | undefined;
    if (!flow || flow.used_at !== null || this.deps.clock.now() >= flow.expire_at) throw stateInvalid();
    this.deps.db.prepare('UPDATE oauth_flows SET used_at = ? WHERE id = ?').run(this.deps.clock.now(), flow.id);
    const client = this.deps.clients.get(flow.client_id);
    if (!client) throw stateInvalid();

    // The provider said no (the tester cancelled), or the code does not redeem: the flow failed, back to the app.
    const identity = query.error || !query.code ? null : this.exchange(query.code, flow, urls);
    if (!identity) {
      this.deps.verifications.setStatus(flow.verification_id, 'failed');
      return flow.redirect_url;
    }
    this.deps.db.prepare('UPDATE oauth_flows SET identity = ? WHERE id = ?').run(JSON.stringify(identity), flow.id);
    const finish = { sign_in: this.finishSignIn, sign_up: this.finishSignUp, connect: this.finishConnect }[flow.kind];
    const done = finish.call(this, client, flow, identity);
    return done ? (flow.action_complete_redirect_url ?? flow.redirect_url) : flow.redirect_url;
  }

  private exchange(code: string, flow: FlowRow, urls: OAuthUrls): ProviderIdentity | null {
    try {
      return this.flows.provider.exchange(code, flow.code_verifier, urls.callbackUrl);
    } catch (err) {
      if (err instanceof FapiError) return null;
      throw err;
    }
  }

  /** True when the sign-in completed (a session exists). */
  private finishSignIn(client: ClientRow, flow: FlowRow, identity: ProviderIdentity): boolean {
    const row = this.flows.signIns.byId(flow.flow_id);
    if (!row || row.first_factor_verification_id !== flow.verification_id) return false;
    // An identity provider vouches only for addresses of its own domains (and for those, it is the authority).
    if (identity.provider === 'enterprise') {
      if (!enterpriseConnectionFor(this.deps.instance, identity.email_address.toLowerCase())) {
        this.deps.verifications.setStatus(flow.verification_id, 'failed');
        return false;
      }
      identity.email_verified = true;
      this.deps.db.prepare('UPDATE oauth_flows SET identity = ? WHERE id = ?').run(JSON.stringify(identity), flow.id);
    }
    const user = this.userFor(identity);
    if (!user) {
      this.deps.verifications.setStatus(flow.verification_id, 'transferable');
      return false;
    }
    this.deps.verifications.setStatus(flow.verification_id, 'verified');
    try {
      return this.flows.signIns.completeExternal(client, row, user, strategyOf(identity)).status === 'complete';
    } catch (err) {
      if (!(err instanceof FapiError)) throw err;
      this.deps.verifications.setStatus(flow.verification_id, 'failed');
      return false;
    }
  }

  private finishSignUp(client: ClientRow, flow: FlowRow, identity: ProviderIdentity): boolean {
    const row = this.flows.signUps.byId(flow.flow_id);
    if (!row || row.external_verification_id !== flow.verification_id) return false;
    if (this.userFor(identity)) {
      this.deps.verifications.setStatus(flow.verification_id, 'transferable');
      return false;
    }
    this.deps.verifications.setStatus(flow.verification_id, 'verified');
    try {
      return this.flows.signUps.applyExternal(client, row, identity, flow.verification_id).status === 'complete';
    } catch (err) {
      if (!(err instanceof FapiError)) throw err;
      this.deps.verifications.setStatus(flow.verification_id, 'failed');
      return false;
    }
  }

  /**
   * Links the provider account to the user who asked, if that user is still signed in on the browser that asked
   * and the account is nobody's yet (an account signs in one user only); otherwise the flow fails.
   */
  private finishConnect(client: ClientRow, flow: FlowRow, identity: ProviderIdentity): boolean {
    const { externalAccounts, sessions, verifications } = this.deps;
    const signedIn = sessions.activeForClient(client.id).some((session) => session.user_id === flow.flow_id);
    if (!signedIn || externalAccounts.find(identity.provider, identity.provider_user_id)) {
      verifications.setStatus(flow.verification_id, 'failed');
      return false;
    }
    externalAccounts.link(flow.flow_id, identity, connectedAccountId(flow.verification_id));
    verifications.setStatus(flow.verification_id, 'verified');
    return true;
  }

  /** The user a provider identity signs in: its linked account, else (linking it now) a provider-verified email. */
  private userFor(identity: ProviderIdentity): UserRow | null {
    const { externalAccounts, users } = this.deps;
    const linked = externalAccounts.find(identity.provider, identity.provider_user_id);
    if (linked) return users.get(linked.user_id);
    if (!identity.email_verified) return null;
    const user = users.findByEmail(identity.email_address);
    if (user) externalAccounts.link(user.id, identity);
    return user;
  }

  private transferable(verificationId: string | null): { flow: FlowRow; identity: ProviderIdentity } {
    const verification = this.deps.verifications.get(verificationId);
    const flow = verificationId
      ? (this.deps.db.prepare('SELECT * FROM oauth_flows WHERE verification_id = ?').get(verificationId) as
          | FlowRow
          | undefined)
      : undefined;
    if (verification?.status !== 'transferable' || !flow?.identity) {
      throw errors.paramValueInvalid('transfer', 'There is no sign-in or sign-up to transfer on this client.', 400);
    }
    return { flow, identity: JSON.parse(flow.identity) as ProviderIdentity };
  }

  /** Verification + the flow's secrets; `begin` records which sign-in/up it belongs to once that exists. */
  private prepare(
    client: ClientRow,
    kind: FlowRow['kind'],
    provider: MockProvider,
    params: StartParams,
    urls: OAuthUrls,
    extra: Record<string, string> = {},
  ) {
    const state = randomBytes(32).toString('base64url');
    const codeVerifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${urls.providerBase}/${provider}/authorize`);
    for (const [key, value] of Object.entries({
      response_type: 'code',
      client_id: 'latch-dev',
      redirect_uri: urls.callbackUrl,
      scope: 'openid email profile',
      state,
      code_challenge: pkceChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ...extra,
    })) {
      authorize.searchParams.set(key, value);
    }
    const strategy = provider === 'enterprise' ? 'enterprise_sso' : `oauth_${provider}`;
    const verification = this.deps.verifications.createExternal(strategy, authorize.href, OAUTH_FLOW_TTL_MS);
    const begin = (flowId: string) => {
      const now = this.deps.clock.now();
      this.deps.db
        .prepare(
          `INSERT INTO oauth_flows (id, client_id, kind, flow_id, verification_id, provider, state_hash, code_verifier,
             redirect_url, action_complete_redirect_url, identity, used_at, expire_at, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
        )
        .run(
          newId('oaf'),
          client.id,
          kind,
          flowId,
          verification.id,
          provider,
          sha256(state),
          codeVerifier,
          params.redirectUrl,
          params.actionCompleteRedirectUrl,
          now + OAUTH_FLOW_TTL_MS,
          now,
        );
    };
    return { verificationId: verification.id, begin };
  }
}

/** The first factor a provider's identity proves (the session's strategy). */
function strategyOf(identity: ProviderIdentity): string {
  return identity.provider === 'enterprise' ? 'enterprise_sso' : `oauth_${identity.provider}`;
}

/** An external account being connected: its id to be, and the verification that carries the authorize URL. */
export interface PendingExternalAccount {
  id: string;
  userId: string;
  provider: MockProvider;
  verification: VerificationRow;
}

/** The id a connected account gets, known from its flow's verification before the account exists. */
function connectedAccountId(verificationId: string): string {
  return `eac_${verificationId.slice(verificationId.indexOf('_') + 1)}`;
}

export function externalAccountExists(): FapiError {
  return new FapiError({
    status: 422,
    code: 'external_account_exists',
    message: 'This account is already connected.',
    longMessage: 'An account of this provider is already connected to this user, or to another user.',
  });
}

function stateInvalid(): FapiError {
  return new FapiError({
    status: 400,
    code: 'oauth_state_invalid',
    message: 'This sign-in link is not valid any more.',
    longMessage: 'The OAuth state is unknown, was already used, or has expired. Start again from the application.',
  });
}
