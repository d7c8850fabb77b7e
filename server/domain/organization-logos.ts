import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { uploadedImage } from './profile-images.js';

export interface OrganizationLogoRow {
  id: string;
  organization_id: string;
  name: string;
  content_type: string;
  bytes: Buffer;
  public_url: string;
  created_at: number;
}

/** Organization logos: the same checks as profile images (type by magic bytes, size limit), one per organization. */
export class OrganizationLogos {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Replaces the organization's logo; `urlFor(id)` builds the URL this server serves it at. */
  set(
    organizationId: string,
    file: { name: string; bytes: Uint8Array },
    urlFor: (id: string) => string,
  ): OrganizationLogoRow {
    const row: OrganizationLogoRow = {
      ...uploadedImage(file, urlFor, this.clock.now()),
      organization_id: organizationId,
    };
    this.db.transaction(() => {
      this.remove(organizationId);
      this.db
        .prepare(
          `INSERT INTO organization_logos (id, organization_id, name, content_type, bytes, public_url, created_at)
           VALUES (@id, @organization_id, @name, @content_type, @bytes, @public_url, @created_at)`,
        )
        .run(row);
      this.db.prepare('UPDATE organizations SET updated_at = ? WHERE id = ?').run(row.created_at, organizationId);
    })();
    return row;
  }

  /** Deletes the logo; false when there was none. */
  remove(organizationId: string): boolean {
    return this.db.prepare('DELETE FROM organization_logos WHERE organization_id = ?').run(organizationId).changes > 0;
  }

  get(id: string): OrganizationLogoRow | null {
    return (
      (this.db.prepare('SELECT * FROM organization_logos WHERE id = ?').get(id) as OrganizationLogoRow | undefined) ??
      null
    );
  }

  /** The logo's URL, or null when the organization has none (a generated avatar stands in). */
  urlOf(organizationId: string): string | null {
    const row = this.db
      .prepare('SELECT public_url FROM organization_logos WHERE organization_id = ?')
      .get(organizationId) as { public_url: string } | undefined;
    return row?.public_url ?? null;
  }
}
