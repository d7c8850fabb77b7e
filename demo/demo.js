// Demo page glue: fills the signed-in panel from window.Latch and switches themes and languages live.
// Text goes in with textContent only: names are user input.
const latch = window.Latch;
const bundle = window.LatchBundle;

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
  // latch.openSignIn(): the same card in a modal dialog.
  document.querySelector('[data-demo="open-sign-in"]')?.addEventListener('click', () => latch.openSignIn());
  // Themes too are fetched on demand (dist/latch.js does not carry them).
  document.querySelector('[data-demo="theme"]')?.addEventListener('change', async (event) => {
    const name = event.target.value;
    const theme = name ? await bundle.loadTheme(name) : undefined;
    if (event.target.value !== name) return; // picked again while this one was loading
    latch.update({ appearance: theme ? { theme } : {} });
  });
  // Locales other than English are fetched on demand (a separate chunk in the ES build, bundled in latch.js).
  document.querySelector('[data-demo="locale"]')?.addEventListener('change', async (event) => {
    const tag = event.target.value;
    latch.update({ localization: tag ? await bundle.loadLocale(tag) : undefined });
    document.documentElement.lang = tag ? tag.slice(0, 2) : 'en';
  });
}

// Instance presets: the dev server's settings change at run time (PATCH /__dev/instance), then the page reloads
// so the environment is read again. The choice is remembered for the select only; the server keeps the settings.
const PRESETS = {
  emailPassword: {
    email_address: { used_for_first_factor: true, first_factors: ['email_code'] },
    username: { enabled: false },
    phone_number: { enabled: false },
    password: { enabled: true, required: true },
    preferred_sign_in_strategy: 'password',
    organization_settings: { enabled: false },
  },
  passwordless: {
    email_address: { used_for_first_factor: true, first_factors: ['email_code'] },
    username: { enabled: false },
    phone_number: { enabled: true, used_for_first_factor: true, first_factors: ['phone_code'] },
    password: { enabled: false, required: false },
    preferred_sign_in_strategy: 'otp',
    organization_settings: { enabled: false },
  },
  everything: {
    email_address: { used_for_first_factor: true, first_factors: ['email_code', 'email_link'] },
    username: { enabled: true },
    phone_number: { enabled: true, used_for_first_factor: true, first_factors: ['phone_code'] },
    password: { enabled: true, required: true },
    preferred_sign_in_strategy: 'password',
    support_email: 'support@example.com',
    organization_settings: { enabled: true },
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
