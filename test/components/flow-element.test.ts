import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defaultEnvironment } from '../../src/api/memory/default-environment.js';
import type { ComponentKey } from '../../src/appearance/index.js';
import { defineElement } from '../../src/components/base/define.js';
import { FlowElement } from '../../src/components/base/flow-element.js';
import { loadedLatch, until } from './helpers.js';

let failures = 0;
const failingLoader = () => {
  failures++;
  return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
};
const workingLoader = () => Promise.resolve({ greeting: 'step loaded' });

class TestFlow extends FlowElement {
  protected readonly componentKey: ComponentKey = 'signIn';
  failing = true;
  override render() {
    const step = this.lazyStep(this.failing ? failingLoader : workingLoader);
    return litHtml`<p class="out">${step?.greeting ?? 'loading'}</p><p class="err">${this.status.formError}</p>`;
  }
}
defineElement('test-flow', TestFlow);

describe('lazily loaded steps', () => {
  it('show a localized network error when a step cannot be downloaded, and retry on the next render', async () => {
    const { latch } = await loadedLatch();
    const el = await fixture<TestFlow>(html`<test-flow routing="virtual" .latch=${latch}></test-flow>`);
    await until(() => el.querySelector('.err')?.textContent, 'error shown');
    expect(el.querySelector('.err')!.textContent).to.not.contain('dynamically imported');
    const before = failures;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(failures).to.equal(before, 'no retry loop while the download keeps failing');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    el.requestUpdate();
    await until(() => failures > before, 'retried after the pause');

    el.failing = false;
    el.requestUpdate();
    await until(() => el.querySelector('.out')?.textContent === 'step loaded', 'loaded');
  });
});

describe('the development-mode notice', () => {
  class CardFlow extends FlowElement {
    protected readonly componentKey: ComponentKey = 'signIn';
    override render() {
      return this.card(litHtml`<p>body</p>`);
    }
  }
  defineElement('test-card-flow', CardFlow);

  const devEnvironment = () => {
    const environment = defaultEnvironment();
    environment.display_config.show_devmode_warning = true;
    return environment;
  };

  it('shows "Development mode" under the card of a development instance that asks for it', async () => {
    const { latch } = await loadedLatch({ environment: devEnvironment() });
    const el = await fixture<CardFlow>(html`<test-card-flow .latch=${latch}></test-card-flow>`);
    expect(el.querySelector('.cl-footer .cl-badge__devMode')?.textContent).to.equal('Development mode');
    await expect(el).to.be.accessible();
  });

  it('stays quiet in production, without the flag, and with unsafe_disableDevelopmentModeWarnings', async () => {
    const production = devEnvironment();
    production.display_config.instance_environment_type = 'production';
    const quiet = [
      await loadedLatch({ environment: production }),
      await loadedLatch({ environment: defaultEnvironment() }),
      await loadedLatch(
        { environment: devEnvironment() },
        { appearance: { layout: { unsafe_disableDevelopmentModeWarnings: true } } },
      ),
    ];
    for (const { latch } of quiet) {
      const el = await fixture<CardFlow>(html`<test-card-flow .latch=${latch}></test-card-flow>`);
      expect(el.querySelector('.cl-badge__devMode')).to.equal(null);
    }
  });
});
