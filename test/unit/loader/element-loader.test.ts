import { expect } from '@open-wc/testing';
import { demandElement, setElementDemand } from '../../../src/core/element-demand.js';
import { ElementLoader } from '../../../src/loader/element-loader.js';
import { LAZY_ELEMENTS } from '../../../src/loader/elements.js';

let unique = 0;

/** A loader over fake chunks: importing a tag's entry defines the tag (as a real element chunk does). */
function setup(options: { failFirst?: boolean } = {}) {
  const id = ++unique;
  const tags = [`test-lazy-a${id}`, `test-lazy-b${id}`];
  const imported: string[] = [];
  let failures = options.failFirst ? 1 : 0;
  const loader = new ElementLoader({
    tags,
    chunks: {
      [tags[0]!]: [`chunks/a${id}.js`, 'chunks/shared.js'],
      [tags[1]!]: [`chunks/b${id}.js`, 'chunks/shared.js'],
    },
    baseUrl: 'https://cdn.example/latch/dist/latch.js',
    importModule: async (url) => {
      imported.push(url);
      if (failures > 0) {
        failures--;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      const tag = tags.find((t) => url.endsWith(`/${t.replace(/^test-lazy-(.).*$/, '$1')}${id}.js`));
      if (tag && !customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
      return { url };
    },
    onError: () => {},
  });
  return { loader, tags, imported };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ElementLoader', () => {
  it('imports an element chunk and its shared chunks together, resolved beside the loader script', async () => {
    const { loader, tags, imported } = setup();
    const module = await loader.load(tags[0]!);
    expect(imported).to.deep.equal([
      `https://cdn.example/latch/dist/chunks/a${unique}.js`,
      'https://cdn.example/latch/dist/chunks/shared.js',
    ]);
    expect(module).to.deep.equal({ url: imported[0] });
    expect(customElements.get(tags[0]!)).to.exist;
  });

  it('requests each chunk once, however many times it is asked for', async () => {
    const { loader, tags, imported } = setup();
    await Promise.all([loader.load(tags[0]!), loader.load(tags[0]!)]);
    loader.define(tags[0]!);
    expect(imported).to.have.length(2);
  });

  it('finds tags already in a tree, and tags added later, until every tag was requested', async () => {
    const { loader, tags, imported } = setup();
    const root = document.createElement('div');
    root.innerHTML = `<section><${tags[0]}></${tags[0]}></section>`;
    document.body.append(root);
    const shadow = root.attachShadow({ mode: 'open' });
    loader.observe(shadow);
    loader.scan(root);
    await settle();
    expect(imported.some((url) => url.includes(`/a${unique}.js`))).to.equal(true);
    shadow.innerHTML = `<p><${tags[1]}></${tags[1]}></p>`;
    await settle();
    expect(imported.some((url) => url.includes(`/b${unique}.js`))).to.equal(true);
    expect(customElements.get(tags[1]!)).to.exist;
    root.remove();
  });

  it('forgets a failed download, so the next demand retries it', async () => {
    const { loader, tags, imported } = setup({ failFirst: true });
    let error: unknown;
    await loader.load(tags[0]!).catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(TypeError);
    await loader.load(tags[0]!);
    expect(imported.filter((url) => url.includes(`/a${unique}.js`))).to.have.length(2);
    expect(customElements.get(tags[0]!)).to.exist;
  });

  it('rejects a key it has no chunk for', async () => {
    const { loader } = setup();
    let error: unknown;
    await loader.load('latch-nothing').catch((e: unknown) => {
      error = e;
    });
    expect(String(error)).to.contain('latch-nothing');
  });

  it('is what the core asks through demandElement (mount* and open* before the chunk is in)', async () => {
    const { loader, tags, imported } = setup();
    setElementDemand((tag) => loader.define(tag));
    try {
      demandElement(tags[1]!);
      await settle();
      expect(imported.some((url) => url.includes(`/b${unique}.js`))).to.equal(true);
    } finally {
      setElementDemand(null);
    }
  });
});

describe('the lazy element registry', () => {
  it('maps every tag to an element module of this repository', () => {
    for (const [tag, path] of Object.entries(LAZY_ELEMENTS)) {
      expect(tag).to.match(/^latch-[a-z-]+$/);
      expect(path).to.match(/^src\/components\/[a-z-]+\/[a-z-]+\.ts$/);
    }
  });
});
