// Clients with sessions are parsed and built with the account module: registered here, as the ES build does.
import '../../../src/resources/account.js';
import type { ClientJSON } from '../../../src/api/schemas/index.js';
import type { ResourceHost } from '../../../src/resources/host.js';
import { TokenCache } from '../../../src/resources/token-cache.js';
import { FakeFrontendApi, T0 } from '../core/fake-api.js';

/** A ResourceHost that records what the resources hand back to the core. */
export class TestHost implements ResourceHost {
  readonly api: FakeFrontendApi;
  readonly tokenCache: TokenCache;
  /** Every client the resources applied, in order. */
  readonly appliedClients: Array<ClientJSON | null> = [];
  unauthenticatedCalls = 0;
  time = T0;

  constructor(api = new FakeFrontendApi()) {
    this.api = api;
    this.api.now = () => this.time;
    this.tokenCache = new TokenCache(() => this.time);
  }

  applyClient(client: ClientJSON | null): void {
    this.appliedClients.push(client);
  }

  async handleUnauthenticated(): Promise<void> {
    this.unauthenticatedCalls++;
  }
}

/** Loads one of Clerk's fixtures (copied under test/fixtures/clerk, MIT). */
export async function clerkFixture<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(`/test/fixtures/clerk/${name}`);
  return (await response.json()) as T;
}
