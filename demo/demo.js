// Demo page glue: shows the page the URL names, fills the signed-in panel from window.Latch and switches themes,
// languages and the direction live. Text goes in with textContent only: names are user input.
const latch = window.Latch;
const bundle = window.LatchBundle;

// The demo is a small app on one document: the dev server answers index.html for `/`, `/sign-in/**`,
// `/sign-up/**`, `/waitlist`, `/protected` and `/buttons` (server/http/demo.ts), and the page's content comes from
// the <template> for that path. Templates keep the other pages' elements out of the document, so each page has
// exactly the elements it shows. Path-routed cards read their step from the rest of the path.
function showPage() {
  const path = location.pathname;
  const templates = [...document.querySelectorAll('template[data-demo-page]')];
  const matches = (prefix) => (prefix === '/' ? path === '/' : path === prefix || path.startsWith(`${prefix}/`));
  const template = templates.find((t) => matches(t.dataset.demoPage)) ?? templates[0];
  document.querySelector('[data-demo="page"]')?.replaceChildren(document.importNode(template.content, true));
  for (const link of document.querySelectorAll('.demo-nav a')) {
    if (link.getAttribute('href') === template.dataset.demoPage) link.setAttribute('aria-current', 'page');
  }
}
showPage();

function render() {
  const user = latch.user;
  const set = (key, value) => {
    const el = document.querySelector(`[data-demo="${key}"]`);
    if (el) el.textContent = value ?? '';
  };
  set('name', user ? [user.firstName, user.lastName].filter(Boolean).join(' ') || '—' : '');
  set('email', user?.primaryEmailAddress?.emailAddress);
  set('user-id', user?.id);
  set('session-id', latch.session?.id);
  // <latch-sign-out-button session-id>: signs out only the account shown, the others stay signed in.
  const signOutThis = document.querySelector('[data-demo="sign-out-this"]');
  if (signOutThis) signOutThis.sessionId = latch.session?.id;
}

// The page's look (theme, language, direction) is remembered in localStorage, so it survives the page changes
// (each is a new document) and reloads.
const LOOK_KEY = 'latch-demo-look';
const DARK_THEMES = new Set(['dark', 'shadesOfPurple']);

function readLook() {
  try {
    const look = JSON.parse(localStorage.getItem(LOOK_KEY) ?? '{}');
    return look && typeof look === 'object' ? look : {};
  } catch {
    return {};
  }
}

function lookSelects() {
  return ['theme', 'locale', 'dir']
    .map((key) => [key, document.querySelector(`[data-demo="${key}"]`)])
    .filter(([, select]) => select);
}

let lookApplied = 0;
// Themes and locales other than English are fetched on demand (dist/latch.js does not carry them). The page's
// own colours follow a dark theme; `dir` on <html> lays out the page and every card, popover and modal.
async function applyLook(look) {
  const applying = ++lookApplied;
  for (const [key, select] of lookSelects()) select.value = look[key] ?? '';
  const root = document.documentElement;
  const dir = look.dir === 'rtl' ? 'rtl' : 'ltr';
  root.dir = dir;
  if (DARK_THEMES.has(look.theme)) root.dataset.demoScheme = 'dark';
  else delete root.dataset.demoScheme;
  root.lang = look.locale ? look.locale.slice(0, 2) : 'en';
  const [theme, localization] = await Promise.all([
    look.theme ? bundle.loadTheme(look.theme).catch(() => undefined) : undefined,
    look.locale ? bundle.loadLocale(look.locale).catch(() => undefined) : undefined,
  ]);
  if (applying !== lookApplied) return; // picked again while this one was loading
  latch.update({ appearance: theme ? { theme } : {}, localization });
}

if (latch) {
  latch.addListener(render);
  // Shown by <latch-failed> when the Frontend API was unreachable; on success the control elements swap to the
  // signed-out (or signed-in) content by themselves.
  const retry = document.querySelector('[data-demo="retry"]');
  retry?.addEventListener('click', async () => {
    retry.disabled = true;
    retry.textContent = 'Trying again…';
    try {
      await latch.load();
    } catch (error) {
      console.error('[demo] retry failed', error);
    } finally {
      retry.disabled = false;
      retry.textContent = 'Try again';
    }
  });
  // A stored look is applied at once; with none, the page keeps the script tag's defaults.
  if (Object.keys(readLook()).length > 0) applyLook(readLook());
  for (const [key, select] of lookSelects()) {
    select.addEventListener('change', () => {
      const look = { ...readLook(), [key]: select.value };
      localStorage.setItem(LOOK_KEY, JSON.stringify(look));
      applyLook(look);
    });
  }
}

// Instance presets: the dev server's settings change at run time (PATCH /__dev/instance), then the page reloads
// so the environment is read again. The choice is remembered for the select only; the server keeps the settings.
const PRESETS = {
  emailPassword: {
    email_address: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['email_code'] },
    username: { enabled: false },
    phone_number: { enabled: false, required: false },
    password: { enabled: true, required: true },
    preferred_sign_in_strategy: 'password',
    organization_settings: { enabled: false },
    passkey: { enabled: false },
    social: { oauth_google: false, oauth_github: false, oauth_microsoft: false, oauth_apple: false },
  },
  passwordless: {
    email_address: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['email_code'] },
    username: { enabled: false },
    phone_number: { enabled: true, required: false, used_for_first_factor: true, first_factors: ['phone_code'] },
    password: { enabled: false, required: false },
    preferred_sign_in_strategy: 'otp',
    organization_settings: { enabled: false },
    passkey: { enabled: false },
    social: { oauth_google: false, oauth_github: false, oauth_microsoft: false, oauth_apple: false },
  },
  phoneOnly: {
    email_address: { enabled: false, required: false, used_for_first_factor: false },
    username: { enabled: false },
    phone_number: { enabled: true, required: true, used_for_first_factor: true, first_factors: ['phone_code'] },
    password: { enabled: false, required: false },
    preferred_sign_in_strategy: 'otp',
    organization_settings: { enabled: false },
    passkey: { enabled: false },
    social: { oauth_google: false, oauth_github: false, oauth_microsoft: false, oauth_apple: false },
  },
  everything: {
    email_address: {
      enabled: true,
      required: true,
      used_for_first_factor: true,
      first_factors: ['email_code', 'email_link'],
    },
    username: { enabled: true },
    phone_number: { enabled: true, required: false, used_for_first_factor: true, first_factors: ['phone_code'] },
    password: { enabled: true, required: true },
    preferred_sign_in_strategy: 'password',
    support_email: 'support@example.com',
    organization_settings: { enabled: true },
    passkey: { enabled: true },
    social: { oauth_google: true, oauth_github: true, oauth_microsoft: true, oauth_apple: true },
  },
};
const presetSelect = document.querySelector('[data-demo="preset"]');
if (presetSelect) {
  presetSelect.value = sessionStorage.getItem('latch-demo-preset') ?? '';
  presetSelect.addEventListener('change', async () => {
    const name = presetSelect.value;
    const response = name
      ? await fetch('/__dev/instance', {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(PRESETS[name]),
        })
      : await fetch('/__dev/instance/reset', { method: 'POST' });
    if (!response.ok) {
      console.error('[demo] the dev server refused the preset', await response.text());
      return;
    }
    sessionStorage.setItem('latch-demo-preset', name);
    location.reload();
  });
}

// The organization switcher joins the header when the instance has organizations on (the "Everything on" preset).
// Served from disk or another origin there is no dev server to ask: the header stays as it is.
fetch('/__dev/instance')
  .then((response) => (response.ok ? response.json() : null))
  .then((instance) => {
    const slot = document.querySelector('[data-demo="org-switcher"]');
    if (!instance?.organization_settings?.enabled || !slot) return;
    const signedIn = document.createElement('latch-signed-in');
    signedIn.append(document.createElement('latch-org-switcher'));
    slot.replaceChildren(signedIn);
  })
  .catch(() => {});
