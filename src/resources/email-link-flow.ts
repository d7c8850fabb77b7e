/** How often the tab that sent an email link asks whether it has been opened (Clerk polls every 2 s too). */
export const EMAIL_LINK_POLL_MS = 2000;

/** Clerk's `createEmailLinkFlow()` result: send a link, then wait (polling) until it is opened or expires. */
export interface EmailLinkFlow<Params, Resource> {
  startEmailLinkFlow(params: Params): Promise<Resource>;
  cancelEmailLinkFlow(): void;
}

/**
 * The polling shared by `SignIn` and `SignUp`'s `createEmailLinkFlow`: `send` mails the link, then `reload`
 * re-reads the resource every 2 s until `settled` says the link was opened (or its verification expired or
 * failed), and the promise resolves with the resource as it then stands. `cancelEmailLinkFlow` stops the
 * polling (the promise then never settles, as Clerk's does).
 */
export function emailLinkFlow<Params, Resource>(
  send: (params: Params) => Promise<unknown>,
  reload: () => Promise<Resource>,
  settled: (resource: Resource) => boolean,
): EmailLinkFlow<Params, Resource> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  return {
    startEmailLinkFlow: async (params) => {
      cancelled = false;
      await send(params);
      while (!cancelled) {
        await new Promise((wake) => {
          timer = setTimeout(wake, EMAIL_LINK_POLL_MS);
        });
        if (cancelled) break;
        const resource = await reload();
        if (settled(resource)) return resource;
      }
      return new Promise<never>(() => {});
    },
    cancelEmailLinkFlow: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}
