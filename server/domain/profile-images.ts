import type { Clock } from '../clock.js';
import type { Db } from '../db.js';
import { FapiError } from '../errors.js';
import { newId } from '../ids.js';

/** Largest profile image accepted, as on Clerk (10 MB would be Clerk's; a dev server keeps SQLite small). */
export const PROFILE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export interface ProfileImageRow {
  id: string;
  user_id: string;
  name: string;
  content_type: string;
  bytes: Buffer;
  public_url: string;
  created_at: number;
}

/**
 * The image type told by the file's first bytes, never by its name or the declared content type: a renamed
 * HTML or SVG file is refused, so what the server hands back as an image is one.
 */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) {
    return 'image/gif';
  }
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * The type of an uploaded image, or a 422 when it is over the size limit or not a png/jpeg/gif/webp by its
 * bytes. Profile images and organization logos share these checks.
 */
export function checkedImageType(bytes: Uint8Array): NonNullable<ReturnType<typeof sniffImageType>> {
  if (bytes.byteLength > PROFILE_IMAGE_MAX_BYTES) {
    throw new FapiError({
      status: 422,
      code: 'image_too_large',
      message: 'Image too large',
      longMessage: `The image must be at most ${PROFILE_IMAGE_MAX_BYTES / 1024 / 1024} MB.`,
      meta: { param_name: 'file', max_bytes: PROFILE_IMAGE_MAX_BYTES },
    });
  }
  const contentType = sniffImageType(bytes);
  if (!contentType) {
    throw new FapiError({
      status: 422,
      code: 'form_param_format_invalid',
      message: 'is invalid',
      longMessage: 'The image must be a PNG, JPEG, GIF or WebP file.',
      meta: { param_name: 'file' },
    });
  }
  return contentType;
}

/** The stored form of a checked upload (profile image or organization logo), under a fresh id. */
export function uploadedImage(file: { name: string; bytes: Uint8Array }, urlFor: (id: string) => string, now: number) {
  const contentType = checkedImageType(file.bytes);
  const id = newId('img');
  return {
    id,
    name: file.name.slice(0, 256),
    content_type: contentType,
    bytes: Buffer.from(file.bytes),
    public_url: urlFor(id),
    created_at: now,
  };
}

/** Uploaded profile images, stored in SQLite and served by the dev server at their `public_url`. */
export class ProfileImages {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Replaces the user's image. `urlFor(id)` builds the public URL (it depends on how the browser reached this
   * server). Refuses anything that is not a png/jpeg/gif/webp by its bytes, and anything over the size limit.
   */
  set(userId: string, file: { name: string; bytes: Uint8Array }, urlFor: (id: string) => string): ProfileImageRow {
    const row: ProfileImageRow = { ...uploadedImage(file, urlFor, this.clock.now()), user_id: userId };
    this.db.transaction(() => {
      this.remove(userId);
      this.db
        .prepare(
          `INSERT INTO profile_images (id, user_id, name, content_type, bytes, public_url, created_at)
           VALUES (@id, @user_id, @name, @content_type, @bytes, @public_url, @created_at)`,
        )
        .run(row);
      this.db.prepare('UPDATE users SET updated_at = ? WHERE id = ?').run(row.created_at, userId);
    })();
    return row;
  }

  /** Deletes the user's image; false when there was none. */
  remove(userId: string): boolean {
    return this.db.prepare('DELETE FROM profile_images WHERE user_id = ?').run(userId).changes > 0;
  }

  get(id: string): ProfileImageRow | null {
    return (
      (this.db.prepare('SELECT * FROM profile_images WHERE id = ?').get(id) as ProfileImageRow | undefined) ?? null
    );
  }

  /** The user's image URL, or null when they have none (then a generated avatar stands in). */
  urlOf(userId: string): string | null {
    const row = this.db.prepare('SELECT public_url FROM profile_images WHERE user_id = ?').get(userId) as
      | { public_url: string }
      | undefined;
    return row?.public_url ?? null;
  }
}
