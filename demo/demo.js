// Demo page glue: fills the signed-in panel from window.Latch and switches themes live.
// Text goes in with textContent only: names are user input.
const latch = window.Latch;
const themes = window.LatchBundle?.themes ?? {};

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
  document.querySelector('[data-demo="theme"]')?.addEventListener('change', (event) => {
    const name = event.target.value;
    latch.update({ appearance: name && themes[name] ? { theme: themes[name] } : {} });
  });
}
