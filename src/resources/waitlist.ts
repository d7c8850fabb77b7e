import type { WaitlistEntryJSON } from '../api/schemas/index.js';

/** An entry on the instance's waitlist (Clerk's `WaitlistResource`), as `Latch.joinWaitlist` returns it. */
export class Waitlist {
  readonly id: string;

  constructor(json: WaitlistEntryJSON) {
    this.id = json.id;
  }
}
