import type { Clock } from '../clock.js';
import type { Db } from '../db.js';

/** What the active-devices list shows of a browser, read from its User-Agent (no lookup service offline). */
export interface BrowserActivity {
  browser_name: string;
  browser_version: string;
  /** The operating system or device family: "Windows", "Macintosh", "iPhone", "Android", "Linux"… */
  device_type: string;
  is_mobile: boolean;
  ip_address: string;
}

interface ClientActivityRow {
  client_id: string;
  user_agent: string;
  ip_address: string;
  updated_at: number;
}

/** Most specific first: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSERS: Array<[name: string, pattern: RegExp]> = [
  ['Edge', /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ['Opera', /OPR\/([\d.]+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/([\d.]+)/],
  ['Chrome', /(?:HeadlessChrome|Chrome|CriOS)\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari\//],
];

const DEVICES: Array<[name: string, pattern: RegExp]> = [
  ['iPhone', /iPhone/],
  ['iPad', /iPad/],
  ['Android', /Android/],
  ['Windows', /Windows/],
  ['Macintosh', /Macintosh|Mac OS X/],
  ['ChromeOS', /CrOS/],
  ['Linux', /Linux/],
];

export function parseUserAgent(userAgent: string): Omit<BrowserActivity, 'ip_address'> {
  const browser = BROWSERS.map(([name, re]) => [name, re.exec(userAgent)?.[1]] as const).find(([, v]) => v);
  const device = DEVICES.find(([, re]) => re.test(userAgent))?.[0] ?? 'Unknown';
  return {
    browser_name: browser?.[0] ?? 'Unknown',
    // The major version is what a person recognises; the rest only makes the list noisy.
    browser_version: browser?.[1]?.split('.')[0] ?? '',
    device_type: device,
    is_mobile: /Mobi|iPhone|Android/.test(userAgent),
  };
}

/**
 * The browser and address each client (one browser's cookie jar) last called from, recorded on every request,
 * so a user's sessions can be listed as devices.
 */
export class ClientActivities {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  record(clientId: string, userAgent: string, ipAddress: string): void {
    this.db
      .prepare(
        `INSERT INTO client_activities (client_id, user_agent, ip_address, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(client_id) DO UPDATE SET user_agent = excluded.user_agent, ip_address = excluded.ip_address,
           updated_at = excluded.updated_at`,
      )
      // A User-Agent is the browser's to choose: keep a bounded amount of it.
      .run(clientId, userAgent.slice(0, 512), ipAddress.slice(0, 64), this.clock.now());
  }

  of(clientId: string): BrowserActivity | null {
    const row = this.db.prepare('SELECT * FROM client_activities WHERE client_id = ?').get(clientId) as
      | ClientActivityRow
      | undefined;
    if (!row) return null;
    return { ...parseUserAgent(row.user_agent), ip_address: row.ip_address };
  }
}
