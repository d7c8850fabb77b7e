// `npm run analyze`: custom-elements.json, the public API of every element (Storybook's autodocs and IDEs read it).
// Latch defines its tags through `defineElement()` (safe against double registration), which the analyzer does not
// know, and Lit classes carry internals the manifest must not publish; the two plugins below handle both.

/** Lit and base-class plumbing that is public in TypeScript only because subclasses or controllers need it. */
const INTERNAL_MEMBERS = new Set([
  'scopeClass',
  'resolvedLatch',
  'localizer',
  'cls',
  't',
  'styles',
  'render',
  'createRenderRoot',
  'connectedCallback',
  'disconnectedCallback',
  'firstUpdated',
  'updated',
  'willUpdate',
  'shouldUpdate',
  'attributeChangedCallback',
]);

/** `defineElement('latch-sign-in', LatchSignIn)` names the tag of `LatchSignIn`. */
function defineElementTags() {
  const tags = new Map();
  return {
    name: 'latch-define-element-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (tag && klass && ts.isStringLiteral(tag) && ts.isIdentifier(klass)) tags.set(klass.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          mod.exports = [
            ...(mod.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: mod.path } },
          ];
        }
      }
    },
  };
}

function isPublic(member) {
  return (
    (!member.privacy || member.privacy === 'public') &&
    !member.static &&
    !member.name.startsWith('#') &&
    !member.name.startsWith('_') &&
    !INTERNAL_MEMBERS.has(member.name) &&
    !/@internal\b/.test(member.description ?? '')
  );
}

/** Keeps only the public API: no private, protected, `#private`, static or framework members. */
function publicApiOnly() {
  return {
    name: 'latch-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = (declaration.members ?? []).filter(isPublic);
          // `emit(name, detail)` in the base class is not an event of its own: only named, documented events are.
          declaration.events = (declaration.events ?? []).filter((event) => event.name.includes('-'));
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !attribute.fieldName || declaration.members.some((m) => m.name === attribute.fieldName),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [defineElementTags(), publicApiOnly()],
};
