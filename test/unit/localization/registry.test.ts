import { expect } from '@open-wc/testing';
import { enUS } from '../../../src/localization/en-US.js';
import { availableLocales, loadLocale, matchLocale, registerLocale } from '../../../src/localization/registry.js';
import type { LocalizationTree } from '../../../src/localization/types.js';

/** Every dotted key path with a string value. */
function leafKeys(tree: LocalizationTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : value ? leafKeys(value, `${prefix}${key}.`) : [],
  );
}

describe('locale registry', () => {
  it('ships en-US and fr-FR', () => {
    expect(availableLocales()).to.include.members(['en-US', 'fr-FR']);
  });

  it('loads fr-FR lazily and caches the result', async () => {
    const first = loadLocale('fr-FR');
    const second = loadLocale('fr-fr');
    expect(first).to.equal(second);
    const fr = await first;
    expect(fr.locale).to.equal('fr-FR');
    expect(await loadLocale('fr-FR')).to.equal(fr);
  });

  it('translates every non-empty en-US key in fr-FR', async () => {
    const fr = (await loadLocale('fr-FR')) as LocalizationTree;
    const nonEmptyEnglish = leafKeys(enUS).filter((key) => {
      let node: unknown = enUS;
      for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
      return node !== '';
    });
    expect(leafKeys(fr)).to.include.members(nonEmptyEnglish);
  });

  it('matches by language when the exact tag is not registered', async () => {
    expect(matchLocale('fr-CA')).to.equal('fr-FR');
    expect(matchLocale('FR')).to.equal('fr-FR');
    expect(matchLocale('xx-YY')).to.equal(undefined);
    expect((await loadLocale('fr_CA')).locale).to.equal('fr-FR');
  });

  it('rejects unknown locales', async () => {
    let error: unknown;
    await loadLocale('tlh').catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(Error);
  });

  it('calls a custom loader once, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    registerLocale('x-test', async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { locale: 'x-test', backButton: 'Back!' };
    });
    let failed = false;
    await loadLocale('x-test').catch(() => {
      failed = true;
    });
    expect(failed).to.equal(true);
    fail = false;
    const [a, b] = await Promise.all([loadLocale('x-test'), loadLocale('X-TEST')]);
    expect(a).to.equal(b);
    expect(a.backButton).to.equal('Back!');
    expect(calls).to.equal(2);
  });
});
