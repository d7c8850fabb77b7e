import { type MockIdentityRow, type MockProvider, PROVIDER_NAMES } from './mock-provider.js';

/** The authorization request the page carries through its forms (validated before the page is drawn). */
export interface AuthorizeRequest {
  provider: MockProvider;
  redirectUri: string;
  state: string;
  codeChallenge: string;
}

/**
 * The page's CSP: no script at all, styles only from this server's stylesheet, no framing. There is no
 * `form-action`: browsers apply it to the redirects that follow a submission too, and the provider's answer ends
 * on the application's page, whatever origin that is (the forms themselves post back here).
 */
export const AUTHORIZE_CSP = "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'";

export const AUTHORIZE_CSS = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; padding: 1.5rem 1rem; max-inline-size: 30rem; }
h1 { font-size: 1.25rem; margin-block: 0 0.25rem; }
h2 { font-size: 1rem; margin-block: 1.5rem 0.5rem; }
.intro { color: GrayText; margin-block: 0 1rem; }
ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
form { margin: 0; }
.identity { inline-size: 100%; text-align: start; padding: 0.6rem 0.75rem; border-radius: 0.5rem; border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); background: Canvas; color: CanvasText; font: inherit; cursor: pointer; }
.identity:focus-visible, input:focus-visible, .primary:focus-visible, .cancel:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.email { display: block; color: GrayText; font-size: 0.875rem; overflow-wrap: anywhere; }
.fields { display: grid; gap: 0.75rem; }
label { display: grid; gap: 0.25rem; font-size: 0.875rem; }
.check { display: flex; gap: 0.5rem; align-items: center; }
input[type="text"], input[type="email"] { font: inherit; padding: 0.45rem 0.6rem; border-radius: 0.375rem; border: 1px solid color-mix(in srgb, CanvasText 35%, transparent); }
.primary { font: inherit; padding: 0.5rem 0.9rem; border-radius: 0.375rem; border: 0; background: LinkText; color: Canvas; cursor: pointer; justify-self: start; }
.cancel { font: inherit; margin-block-start: 1.5rem; background: none; border: 0; color: LinkText; text-decoration: underline; cursor: pointer; padding: 0; }
`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The authorization request again, as hidden fields of each form. */
function hiddenFields(request: AuthorizeRequest): string {
  return [
    ['redirect_uri', request.redirectUri],
    ['state', request.state],
    ['code_challenge', request.codeChallenge],
  ]
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value as string)}">`)
    .join('');
}

function identityItem(request: AuthorizeRequest, identity: MockIdentityRow, action: string): string {
  const name = [identity.first_name, identity.last_name].filter(Boolean).join(' ') || identity.email_address;
  const verified = identity.email_verified ? 'verified email' : 'unverified email';
  return `<li><form method="post" action="${escapeHtml(action)}">${hiddenFields(request)}<input type="hidden" name="identity_id" value="${escapeHtml(identity.id)}">
<button class="identity" type="submit"><span class="name">${escapeHtml(name)}</span><span class="email">${escapeHtml(identity.email_address)} · ${verified}</span></button></form></li>`;
}

/**
 * The mock provider's consent screen: continue as a test identity, make a new one, or cancel. `loginHint` (OIDC's
 * `login_hint`, the address typed in the app for enterprise SSO) prefills the new account's email.
 */
export function authorizePage(
  request: AuthorizeRequest,
  identities: MockIdentityRow[],
  action: string,
  loginHint = '',
): string {
  const provider = PROVIDER_NAMES[request.provider];
  const list = identities.length
    ? `<ul>${identities.map((identity) => identityItem(request, identity, action)).join('')}</ul>`
    : '<p class="intro">No test accounts yet: make one below.</p>';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in with ${escapeHtml(provider)} (mock)</title><link rel="stylesheet" href="/__dev/oauth/authorize.css"></head>
<body><main>
<h1>Sign in with ${escapeHtml(provider)}</h1>
<p class="intro">This is the dev server's mock ${escapeHtml(provider)} provider. Choose who you are.</p>
<h2>Continue as</h2>
${list}
<h2>New test account</h2>
<form method="post" action="${escapeHtml(action)}" class="fields">${hiddenFields(request)}<input type="hidden" name="new" value="1">
<label>Email address<input type="email" name="email_address" required autocomplete="off" value="${escapeHtml(loginHint)}"></label>
<label>First name<input type="text" name="first_name" autocomplete="off"></label>
<label>Last name<input type="text" name="last_name" autocomplete="off"></label>
<label class="check"><input type="checkbox" name="email_verified" value="true" checked> The provider has verified this email</label>
<button class="primary" type="submit">Create and continue</button>
</form>
<form method="post" action="${escapeHtml(action)}">${hiddenFields(request)}<input type="hidden" name="deny" value="1">
<button class="cancel" type="submit">Cancel and go back</button></form>
</main></body>
</html>`;
}
