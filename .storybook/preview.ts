import { Controls, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { createElement, Fragment } from 'react';
import manifest from '../custom-elements.json';
import { Latch } from '../src/core/index.js';
import type { LocalizationResource } from '../src/localization/index.js';
import { ElementKeys } from './element-keys-block.js';
import {
  DIRECTIONS,
  type Direction,
  loadAllLocales,
  localeTags,
  storyAppearance,
  storyLocalization,
  THEMES,
  variablesFromArgs,
} from './latch-globals.js';

// Autodocs read properties, attributes, events, slots and CSS properties from the manifest (`npm run analyze`).
setCustomElementsManifest(manifest);

/** Installed by scripts/ensure-chromium.sh (fonts-dejavu-core), so screenshots match on every machine. */
const STORY_FONT = '"DejaVu Sans", sans-serif';

/** What each Latch was given by its story, before the toolbar and controls layered anything on it. */
const ownOptions = new WeakMap<Latch, Pick<Latch['options'], 'appearance' | 'localization'>>();

/**
 * The one decorator: applies the toolbar's theme, language and direction and the appearance-variable controls
 * to every Latch the story's loaders made, through `latch.update()`, so a change re-renders the story in place.
 */
const withLatchGlobals: Decorator = (story, context) => {
  const loaded = context.loaded as Record<string, unknown> & { locales?: Record<string, LocalizationResource> };
  const variables = { fontFamily: STORY_FONT, ...variablesFromArgs(context.args) };
  for (const latch of Object.values(loaded)) {
    if (!(latch instanceof Latch)) continue;
    if (!ownOptions.has(latch)) {
      ownOptions.set(latch, { appearance: latch.options.appearance, localization: latch.options.localization });
    }
    const own = ownOptions.get(latch);
    latch.update({
      appearance: storyAppearance(own?.appearance, String(context.globals.theme ?? 'default'), variables),
      localization: storyLocalization(
        own?.localization,
        String(context.globals.locale ?? localeTags()[0]),
        (context.globals.direction ?? 'auto') as Direction,
        loaded.locales ?? {},
      ),
    });
  }
  return story();
};

/** Autodocs: the manifest-driven API tables, then the element keys the stories render, then every story. */
function LatchDocsPage() {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Subtitle),
    createElement(Description),
    createElement(Primary),
    createElement(Controls),
    createElement(ElementKeys),
    createElement(Stories),
  );
}

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLatchGlobals],
  loaders: [
    // A story that opened a dialog (openSignIn) appended it to <body>: close it, so the next story starts clean.
    () => {
      for (const modal of document.querySelectorAll('body > latch-modal')) modal.remove();
      return {};
    },
    async () => ({ locales: await loadAllLocales() }),
  ],
  globalTypes: {
    theme: {
      description: 'Appearance theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(THEMES).map((value) => ({ value, title: value.replace('-', ' + ') })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language (every registered locale)',
      toolbar: { title: 'Language', icon: 'globe', items: localeTags(), dynamicTitle: true },
    },
    direction: {
      description: 'Writing direction (auto follows the language)',
      toolbar: { title: 'Direction', icon: 'transfer', items: [...DIRECTIONS], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'default', locale: localeTags()[0], direction: 'auto' },
  parameters: {
    layout: 'centered',
    a11y: { test: 'error' },
    docs: { page: LatchDocsPage },
    viewport: {
      options: {
        phone: { name: 'Phone', styles: { width: '375px', height: '667px' }, type: 'mobile' },
        tablet: { name: 'Tablet', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
};
export default preview;
