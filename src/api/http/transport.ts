/**
 * What `HttpFrontendApi` hands to the request modules it loads lazily (./account-requests.ts,
 * ./organization-requests.ts): its own sending and parsing, so those modules hold only paths and schemas.
 */
import type * as z from 'zod/mini';
import type { FapiResult, FrontendApi } from '../fapi.js';
import type { RequestSpec } from './http-api.js';

export interface Transport {
  /** Sends `spec` and parses the `{response, client}` envelope, `response` by `schema` (`what` names it in errors). */
  envelope<T extends z.ZodMiniType>(spec: RequestSpec, schema: T, what: string): Promise<FapiResult<z.output<T>>>;
  /** Sends `spec` and resolves to the 2xx JSON body, unparsed. */
  request(spec: RequestSpec): Promise<unknown>;
}

/** A request module: one function per FrontendApi method `K`, taking the transport first. */
export type LazyRequests<K extends keyof FrontendApi> = {
  [M in K]: FrontendApi[M] extends (...args: infer A) => infer R ? (transport: Transport, ...args: A) => R : never;
};

/** `'a b c'` → `'a' | 'b' | 'c'`: the method lists are space-separated strings (shorter in the loader than arrays). */
export type Words<S extends string> = S extends `${infer Head} ${infer Tail}` ? Head | Words<Tail> : S;
