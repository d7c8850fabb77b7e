import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { errors, FapiError } from '../errors.js';
import { newId } from '../ids.js';
import type { Mailbox } from './mailbox.js';
import { isTestModeEmail, type VerificationRow, type Verifications } from './verifications.js';

export const ENROLLMENT_MODES = ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'] as const;
export type EnrollmentMode = (typeof ENROLLMENT_MODES)[number];
/** The role a user joins with through a domain (Clerk's `domains.default_role`). */
export const DOMAIN_MEMBER_ROLE = 'org:member';

export interface OrganizationDomainRow {
  id: string;
  organization_id: string;
  name: string;
  enrollment_mode: EnrollmentMode;
  affiliation_email_address: string | null;
  verification_id: string | null;
  verified_at: number | null;
  created_at: number;
  updated_at: number;
}

const DOMAIN_MAX = 253;
/** A hostname with at least one dot: labels of letters, digits and inner hyphens. */
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Mail providers anyone can sign up at: enrolling by them would hand the organization to strangers. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'mail.com',
  'yandex.com',
]);

export function isEnrollmentMode(value: string): value is EnrollmentMode {
  return (ENROLLMENT_MODES as readonly string[]).includes(value);
}

/** The domain part of an email address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export interface DomainDeps {
  db: Db;
  clock: Clock;
  verifications: Verifications;
  mailbox: Mailbox;
  applicationName: () => string;
}

/**
 * An organization's email domains. A domain counts for enrollment only once an admin proved an address there
 * (affiliation verification: a one-time code sent to that address); its enrollment mode then decides whether
 * users with a verified address at the domain get an invitation, a suggestion, or nothing automatic.
 */
export class OrganizationDomains {
  constructor(private readonly deps: DomainDeps) {}

  get(organizationId: string, id: string): OrganizationDomainRow {
    const row = this.deps.db
      .prepare('SELECT * FROM organization_domains WHERE id = ? AND organization_id = ?')
      .get(id, organizationId) as OrganizationDomainRow | undefined;
    if (!row) throw errors.notFound('Organization domain', id);
    return row;
  }

  list(
    organizationId: string,
    filter: { verified?: boolean; enrollmentMode?: string; limit: number; offset: number },
  ): { data: OrganizationDomainRow[]; total: number } {
    const where = ['organization_id = @org'];
    if (filter.verified !== undefined) where.push(`verified_at IS ${filter.verified ? 'NOT ' : ''}NULL`);
    if (filter.enrollmentMode) where.push('enrollment_mode = @mode');
    const params = { org: organizationId, mode: filter.enrollmentMode ?? null };
    const from = `FROM organization_domains WHERE ${where.join(' AND ')}`;
    const total = (this.deps.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(params) as { n: number }).n;
    const data = this.deps.db
      .prepare(`SELECT * ${from} ORDER BY created_at, rowid LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: filter.limit, offset: filter.offset }) as OrganizationDomainRow[];
    return { data, total };
  }

  create(organizationId: string, input: { name: string; enrollmentMode?: string | null }): OrganizationDomainRow {
    const name = this.validName(input.name);
    const mode = input.enrollmentMode ? this.validMode(input.enrollmentMode) : 'manual_invitation';
    const taken = this.deps.db
      .prepare('SELECT organization_id, verified_at FROM organization_domains WHERE name = ?')
      .all(name) as Array<{ organization_id: string; verified_at: number | null }>;
    if (taken.some((d) => d.organization_id === organizationId)) throw errors.identifierExists('name', 'domain');
    if (taken.some((d) => d.verified_at !== null)) throw domainVerifiedElsewhere();
    const now = this.deps.clock.now();
    const row: OrganizationDomainRow = {
      id: newId('orgdmn'),
      organization_id: organizationId,
      name,
      enrollment_mode: mode,
      affiliation_email_address: null,
      verification_id: null,
      verified_at: null,
      created_at: now,
      updated_at: now,
    };
    this.deps.db
      .prepare(
        `INSERT INTO organization_domains (id, organization_id, name, enrollment_mode, affiliation_email_address,
           verification_id, verified_at, created_at, updated_at)
         VALUES (@id, @organization_id, @name, @enrollment_mode, @affiliation_email_address, @verification_id,
           @verified_at, @created_at, @updated_at)`,
      )
      .run(row);
    return row;
  }

  delete(organizationId: string, id: string): OrganizationDomainRow {
    const row = this.get(organizationId, id);
    this.deps.db.transaction(() => {
      this.deletePending(row.id);
      this.deps.db.prepare('DELETE FROM organization_domains WHERE id = ?').run(row.id);
    })();
    return row;
  }

  /** Changes the mode; `deletePending` also withdraws the invitations and suggestions the old mode produced. */
  updateEnrollmentMode(
    organizationId: string,
    id: string,
    mode: string,
    deletePending: boolean,
  ): OrganizationDomainRow {
    const row = this.get(organizationId, id);
    const next = this.validMode(mode);
    this.deps.db.transaction(() => {
      if (deletePending) this.deletePending(row.id);
      this.deps.db
        .prepare('UPDATE organization_domains SET enrollment_mode = ?, updated_at = ? WHERE id = ?')
        .run(next, this.deps.clock.now(), row.id);
    })();
    return this.get(organizationId, id);
  }

  /** Sends a one-time code to an address at the domain; the previous code stops working. */
  prepareAffiliationVerification(organizationId: string, id: string, email: string): OrganizationDomainRow {
    const row = this.get(organizationId, id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    const address = email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw errors.paramFormatInvalid('affiliation_email_address');
    if (emailDomain(address) !== row.name) {
      throw errors.paramValueInvalid(
        'affiliation_email_address',
        `The email address must be at ${row.name}, the domain being verified.`,
      );
    }
    const { verification, code } = this.deps.verifications.createCode('email_code', address);
    if (!isTestModeEmail(address)) {
      const app = this.deps.applicationName();
      this.deps.mailbox.send({
        to: address,
        subject: `${code} is your ${app} domain verification code`,
        text: `Enter ${code} to confirm that your organization uses ${row.name}. It expires in 10 minutes.`,
        code,
      });
    }
    this.deps.db
      .prepare(
        `UPDATE organization_domains SET affiliation_email_address = ?, verification_id = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(address, verification.id, this.deps.clock.now(), row.id);
    return this.get(organizationId, id);
  }

  /** Checks the code (single use, expiring, limited attempts); a right one verifies the domain. */
  attemptAffiliationVerification(organizationId: string, id: string, code: string): OrganizationDomainRow {
    const row = this.get(organizationId, id);
    if (row.verified_at !== null) throw errors.verificationAlreadyVerified();
    if (!row.verification_id) throw errors.verificationMissing('email_code');
    this.deps.verifications.attemptCode(row.verification_id, code);
    const now = this.deps.clock.now();
    this.deps.db.transaction(() => {
      // A domain verified here stops counting for any other organization that only claimed it.
      if (this.verifiedElsewhere(row)) throw domainVerifiedElsewhere();
      this.deps.db
        .prepare('UPDATE organization_domains SET verified_at = ?, updated_at = ? WHERE id = ?')
        .run(now, now, row.id);
    })();
    return this.get(organizationId, id);
  }

  verification(row: OrganizationDomainRow): VerificationRow | null {
    return this.deps.verifications.get(row.verification_id);
  }

  /** Verified domains in `mode` matching any of these email domains. */
  verifiedIn(domainNames: string[], mode: EnrollmentMode): OrganizationDomainRow[] {
    if (domainNames.length === 0) return [];
    const marks = domainNames.map(() => '?').join(', ');
    return this.deps.db
      .prepare(
        `SELECT * FROM organization_domains
         WHERE verified_at IS NOT NULL AND enrollment_mode = ? AND name IN (${marks}) ORDER BY created_at, rowid`,
      )
      .all(mode, ...domainNames) as OrganizationDomainRow[];
  }

  pendingCounts(id: string): { invitations: number; suggestions: number } {
    const count = (table: string) =>
      (
        this.deps.db
          .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE domain_id = ? AND status = 'pending'`)
          .get(id) as {
          n: number;
        }
      ).n;
    return { invitations: count('organization_invitations'), suggestions: count('organization_suggestions') };
  }

  private verifiedElsewhere(row: OrganizationDomainRow): boolean {
    return (
      this.deps.db
        .prepare('SELECT 1 FROM organization_domains WHERE name = ? AND id != ? AND verified_at IS NOT NULL')
        .get(row.name, row.id) !== undefined
    );
  }

  private deletePending(domainId: string): void {
    for (const table of ['organization_invitations', 'organization_suggestions']) {
      this.deps.db.prepare(`DELETE FROM ${table} WHERE domain_id = ? AND status = 'pending'`).run(domainId);
    }
  }

  private validName(value: string): string {
    const name = value.trim().toLowerCase().replace(/\.$/, '');
    if (name.length > DOMAIN_MAX) throw errors.paramTooLong('name', DOMAIN_MAX);
    if (!DOMAIN_PATTERN.test(name)) throw errors.paramFormatInvalid('name', 'name must be a domain like acme.com.');
    if (PUBLIC_MAIL_DOMAINS.has(name)) throw domainCommon();
    return name;
  }

  private validMode(value: string): EnrollmentMode {
    if (!isEnrollmentMode(value)) {
      throw errors.paramValueInvalid(
        'enrollment_mode',
        `enrollment_mode must be one of ${ENROLLMENT_MODES.join(', ')}.`,
      );
    }
    return value;
  }
}

function domainCommon(): FapiError {
  return new FapiError({
    status: 422,
    code: 'organization_domain_common',
    message: 'This is a common email provider domain',
    longMessage: 'Anyone can have an address at a public email provider, so it cannot enroll members.',
    meta: { param_name: 'name' },
  });
}

function domainVerifiedElsewhere(): FapiError {
  return new FapiError({
    status: 422,
    code: 'organization_domain_exists_for_another_organization',
    message: 'This domain is verified by another organization',
    longMessage: 'Another organization already verified this domain.',
    meta: { param_name: 'name' },
  });
}

/** The domains of the user's verified email addresses, each once. */
export function verifiedEmailDomains(
  addresses: Array<{ email_address: string; verified_at: number | null }>,
): string[] {
  return [...new Set(addresses.filter((a) => a.verified_at !== null).map((a) => emailDomain(a.email_address)))];
}
