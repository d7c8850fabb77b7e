/**
 * Every bundled theme keeps text readable: axe's colour-contrast rule runs on a sign-in card showing a subtitle,
 * a field error, an alert, the muted footer and the development-mode notice, in each theme. Muted text and the danger colour derive from the
 * theme's foreground and background, so a theme that only sets those two stays within WCAG AA.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LatchRuntimeError } from '../../src/api/index.js';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import '../../src/components/sign-in/index.js';
import type { LatchSignIn } from '../../src/components/sign-in/sign-in.js';
import { dark, neobrutalism, shadesOfPurple, simple } from '../../themes/index.js';
import { input, loadedLatch, until } from './helpers.js';

const THEMES = { default: undefined, dark, shadesOfPurple, neobrutalism, simple };

for (const [name, theme] of Object.entries(THEMES)) {
  describe(`theme ${name}`, () => {
    it('keeps subtitles, field errors, alerts and the footer readable (axe colour contrast)', async () => {
      // A development instance, so the footer also carries the "Development mode" notice.
      const environment = defaultEnvironment();
      environment.display_config.show_devmode_warning = true;
      const { latch, api } = await loadedLatch({ environment }, { appearance: theme ? { theme } : {} });
      const el = await fixture<LatchSignIn>(html`<latch-sign-in routing="virtual" .latch=${latch}></latch-sign-in>`);
      const submit = async (identifier: string) => {
        input(el, 'identifier').value = identifier;
        input(el, 'identifier').dispatchEvent(new Event('input'));
        el.querySelector('form')!.requestSubmit();
      };
      await submit('nobody@example.com');
      await until(() => el.querySelector('.cl-formFieldErrorText__identifier'), 'field error');
      expect(el.querySelector('.cl-badge__devMode')).to.exist;
      await expect(el).to.be.accessible();
      api.failNext('createSignIn', new LatchRuntimeError('network_error', 'fetch failed'));
      await submit('someone@example.com');
      await until(() => el.querySelector('.cl-alert'), 'alert');
      await expect(el).to.be.accessible();
    });
  });
}
