import type { JWK } from 'jose';
import { type Clock, systemClock } from './clock.js';
import { type Db, openDb } from './db.js';
import { Clients } from './domain/clients.js';
import { DevBrowsers } from './domain/dev-browsers.js';
import { Lockout } from './domain/lockout.js';
import { Mailbox } from './domain/mailbox.js';
import { Account } from './domain/me-account.js';
import { Security } from './domain/me-security.js';
import { ClientActivities } from './domain/me-security-activity.js';
import { OrganizationDomains } from './domain/organization-domains.js';
import { OrganizationInvitations } from './domain/organization-invitations.js';
import { OrganizationLogos } from './domain/organization-logos.js';
import { OrganizationMembershipRequests } from './domain/organization-membership-requests.js';
import { OrganizationSuggestions } from './domain/organization-suggestions.js';
import { UserOrganizationInvitations } from './domain/organization-user-invitations.js';
import { Organizations } from './domain/organizations.js';
import { Passkeys } from './domain/passkeys.js';
import { ProfileImages } from './domain/profile-images.js';
import { Reverifications } from './domain/reverification.js';
import { SecondFactors } from './domain/second-factors.js';
import { Signer } from './domain/secrets.js';
import { Sessions } from './domain/sessions.js';
import { SignIns } from './domain/sign-ins.js';
import { SignUps } from './domain/sign-ups.js';
import { SigningKeys } from './domain/signing-keys.js';
import { Users } from './domain/users.js';
import { Verifications } from './domain/verifications.js';
import { Waitlist } from './domain/waitlist.js';
import { type InstanceConfig, type InstanceOverrides, InstanceSettings, loadInstanceConfig } from './instance.js';
import { ExternalAccounts } from './oauth/external-accounts.js';
import { OAuthFlows } from './oauth/flows.js';
import { MockOAuthProvider } from './oauth/mock-provider.js';

export interface DevContextOptions {
  /** SQLite file; ':memory:' (the default here) for tests. */
  dbFile?: string;
  /** JSON instance file; when absent the built-in defaults are used. */
  instanceFile?: string;
  /** Overrides applied on top of the file/defaults. */
  instance?: InstanceOverrides;
  clock?: Clock;
  /** Suppress console output (the mailbox line). */
  quiet?: boolean;
  /** Private RS256 JWK to use when the database has no key yet (default: generate one). */
  signingKey?: JWK;
}

/** Everything the HTTP layer needs, wired once per server: storage, clock, settings and the domain services. */
export interface DevContext {
  db: Db;
  clock: Clock;
  /** The settings in force now (a getter over `settings`: PATCH /__dev/instance changes it between requests). */
  readonly instance: InstanceConfig;
  settings: InstanceSettings;
  signer: Signer;
  keys: SigningKeys;
  mailbox: Mailbox;
  clients: Clients;
  devBrowsers: DevBrowsers;
  users: Users;
  lockout: Lockout;
  verifications: Verifications;
  sessions: Sessions;
  secondFactors: SecondFactors;
  passkeys: Passkeys;
  organizations: Organizations;
  /** Verified domains, the suggestions and invitations they make, and the membership requests (issue 10). */
  organizationDomains: OrganizationDomains;
  membershipRequests: OrganizationMembershipRequests;
  organizationSuggestions: OrganizationSuggestions;
  userOrganizationInvitations: UserOrganizationInvitations;
  organizationInvitations: OrganizationInvitations;
  organizationLogos: OrganizationLogos;
  signIns: SignIns;
  signUps: SignUps;
  waitlist: Waitlist;
  /** The signed-in user's own account (/v1/me) and uploaded profile images. */
  account: Account;
  profileImages: ProfileImages;
  /** The signed-in user's security settings (/v1/me password, TOTP, backup codes, devices, deletion). */
  security: Security;
  clientActivities: ClientActivities;
  externalAccounts: ExternalAccounts;
  /** The mock OAuth provider (server/oauth) and the FAPI's side of the redirects to it. */
  oauthProvider: MockOAuthProvider;
  oauth: OAuthFlows;
  /** Session reverification (step-up before sensitive writes). */
  reverifications: Reverifications;
  close(): void;
}

export async function createDevContext(options: DevContextOptions = {}): Promise<DevContext> {
  const clock = options.clock ?? systemClock;
  const settings = new InstanceSettings(loadInstanceConfig(options.instanceFile, options.instance));
  const db = openDb(options.dbFile ?? ':memory:');
  const log = options.quiet ? () => {} : (line: string) => console.log(line);

  const signer = new Signer(db);
  const keys = await SigningKeys.load(db, clock, options.signingKey);
  const mailbox = new Mailbox(db, clock, log);
  const clients = new Clients(db, clock);
  const users = new Users(db, clock);
  const lockout = new Lockout(db, clock, () => settings.current.user_lockout);
  const verifications = new Verifications(db, clock);
  const sessions = new Sessions(db, clock);
  const secondFactors = new SecondFactors(db, clock);
  const passkeys = new Passkeys(db, clock, verifications, users);
  const externalAccounts = new ExternalAccounts(db, clock);
  const organizations = new Organizations(db, clock, () => settings.current.organization_settings);
  const organizationInvitations = new OrganizationInvitations({
    db,
    clock,
    mailbox,
    users,
    organizations,
    applicationName: () => settings.current.application_name,
  });
  // `instance` is a getter on every object handed out (a spread would freeze today's settings).
  const deps: FlowDeps = {
    db,
    clock,
    get instance() {
      return settings.current;
    },
    mailbox,
    clients,
    users,
    lockout,
    verifications,
    sessions,
    secondFactors,
    passkeys,
    externalAccounts,
    onSignUpComplete: (signUpId, userId) => organizationInvitations.joinAfterSignUp(signUpId, userId),
  };
  const signIns = new SignIns(deps);
  const signUps = new SignUps(deps);
  const oauthProvider = new MockOAuthProvider(db, clock);
  const organizationDomains = new OrganizationDomains({
    db,
    clock,
    verifications,
    mailbox,
    applicationName: () => settings.current.application_name,
  });
  const membershipRequests = new OrganizationMembershipRequests(db, clock, organizations);
  const enrollment = { db, clock, users, organizations, domains: organizationDomains };
  const context: DevContext = {
    db,
    clock,
    get instance() {
      return settings.current;
    },
    settings,
    mailbox,
    clients,
    users,
    lockout,
    verifications,
    sessions,
    secondFactors,
    passkeys,
    signer,
    keys,
    devBrowsers: new DevBrowsers(db, clock, signer),
    organizations,
    organizationDomains,
    membershipRequests,
    organizationSuggestions: new OrganizationSuggestions({ ...enrollment, requests: membershipRequests }),
    userOrganizationInvitations: new UserOrganizationInvitations(enrollment),
    organizationInvitations,
    organizationLogos: new OrganizationLogos(db, clock),
    signIns,
    signUps,
    externalAccounts,
    oauthProvider,
    oauth: new OAuthFlows(deps, { signIns, signUps, provider: oauthProvider }),
    waitlist: new Waitlist({ db, clock, mailbox, users, instance: () => context.instance }),
    account: new Account({ db, clock, users, verifications, mailbox, instance: () => context.instance }),
    profileImages: new ProfileImages(db, clock),
    security: new Security({ db, clock, users, sessions, lockout, secondFactors, instance: () => context.instance }),
    clientActivities: new ClientActivities(db, clock),
    reverifications: new Reverifications(deps),
    close: () => db.close(),
  };
  return context;
}

/** The subset of the context that the sign-in/sign-up state machines depend on. */
export interface FlowDeps {
  db: Db;
  clock: Clock;
  readonly instance: InstanceConfig;
  mailbox: Mailbox;
  clients: Clients;
  users: Users;
  lockout: Lockout;
  verifications: Verifications;
  sessions: Sessions;
  secondFactors: SecondFactors;
  passkeys: Passkeys;
  externalAccounts: ExternalAccounts;
  /** Runs inside the transaction that creates a signed-up user (an organization invitation joins them). */
  onSignUpComplete?: (signUpId: string, userId: string) => void;
}
