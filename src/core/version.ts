/** Sent as `_clerk_js_version` and exposed as `latch.version`; keep in step with package.json. */
export const LATCH_VERSION = '0.1.0';
