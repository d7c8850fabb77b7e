/** Wire timestamps are epoch milliseconds; absent or null stays null. */
export function toDate(epochMs: number | null | undefined): Date | null {
  return typeof epochMs === 'number' ? new Date(epochMs) : null;
}
