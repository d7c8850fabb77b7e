import { MemoryFrontendApi, type MemoryFrontendApiOptions } from '../src/api/index.js';
import type { Appearance } from '../src/appearance/index.js';
import { Latch } from '../src/core/index.js';
import type { LocalizationResource } from '../src/localization/index.js';

export const DEMO = {
  emailAddress: 'ada@example.com',
  password: 'analytical-engine',
  firstName: 'Ada',
  lastName: 'Lovelace',
};

/** A Latch on the in-memory API; navigation stays inside the story. */
export async function storyLatch(
  api: MemoryFrontendApiOptions = { users: [DEMO], latencyMs: 300 },
  extra: { appearance?: Appearance; localization?: LocalizationResource } = {},
): Promise<Latch> {
  const latch = new Latch(undefined, {
    api: new MemoryFrontendApi(api),
    routerPush: () => undefined,
    routerReplace: () => undefined,
    ...extra,
  });
  await latch.load();
  return latch;
}

/** A sign-in already past its first step, for stories of the factor-one screens. */
export async function latchAtFirstFactor(): Promise<Latch> {
  const latch = await storyLatch();
  await latch.client!.signIn.create({ identifier: DEMO.emailAddress });
  return latch;
}

/** A Latch that never loads: what elements show while the network is slow. */
export function unloadedLatch(): Latch {
  return new Latch(undefined, { api: new MemoryFrontendApi() });
}
