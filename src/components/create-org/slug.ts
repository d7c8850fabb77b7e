const SLUG_MAX = 64;

/**
 * "Acme Inc." → "acme-inc", as the dev server generates it: lower-case ASCII letters and digits joined by single
 * hyphens. The form shows it while the user has not typed a slug of their own.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}
