// A docs block listing the Clerk element keys (`cl-*`) an element renders: read from the stories shown on its
// docs page as they render (and as their play functions move them on), so the list cannot drift from the code.
import { createElement, useEffect, useState } from 'react';
import { ELEMENT_KEYS } from '../src/appearance/index.js';

const KNOWN = new Set<string>(ELEMENT_KEYS);

/** The element keys among the classes under `root` (`cl-formField__emailAddress` counts as `formField`). */
export function renderedElementKeys(root: ParentNode): string[] {
  const keys = new Set<string>();
  for (const node of root.querySelectorAll('[class*="cl-"]')) {
    for (const name of node.classList) {
      const key = /^cl-([A-Za-z]+)/.exec(name)?.[1];
      if (key && KNOWN.has(key)) keys.add(key);
    }
  }
  return [...keys].sort();
}

export function ElementKeys() {
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => {
    const update = () => {
      const next = renderedElementKeys(document.body);
      setKeys((current) => (current.join() === next.join() ? current : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    return () => {
      observer.disconnect();
    };
  }, []);
  return createElement(
    'section',
    null,
    createElement('h3', null, 'Element keys'),
    createElement(
      'p',
      null,
      'Rendered by the stories on this page: target them with appearance.elements or page CSS (.cl-<key>).',
    ),
    createElement(
      'p',
      { 'data-element-keys': '' },
      keys.length === 0
        ? 'None (a control element renders only its slots).'
        : keys.map((key) => createElement('code', { key, style: { marginInlineEnd: '0.5em' } }, key)),
    ),
  );
}
