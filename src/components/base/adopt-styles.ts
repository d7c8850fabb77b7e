/**
 * Adopts constructable stylesheets into the root node an element lives in (the document, or the shadow root
 * of a host application's component). No <style> elements and no style="" markup are created, so pages
 * with a strict Content-Security-Policy (`style-src 'self'`) need no nonce.
 */
type StyleRoot = Document | ShadowRoot;

function styleRootOf(node: Node): StyleRoot {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : document;
}

/** Sheets of one element instance (its appearance sheet): sheets of a part loaded later go before them. */
const instanceSheets = new WeakSet<CSSStyleSheet>();

/** An empty sheet of one element instance (LatchElement's appearance sheet). */
export function instanceSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  instanceSheets.add(sheet);
  return sheet;
}

/**
 * Adopts what is missing of `sheets`, in their order: at the end, or, with `beforeInstances` (the shared sheets
 * of a lazily loaded step or field), before the first instance sheet of the root, so an `appearance.elements`
 * rule keeps winning over them as it does over the element's own sheets.
 */
export function adoptSheets(node: Node, sheets: readonly CSSStyleSheet[], beforeInstances = false): StyleRoot {
  const root = styleRootOf(node);
  const adopted = [...root.adoptedStyleSheets];
  const missing = sheets.filter((sheet) => !adopted.includes(sheet));
  if (missing.length) {
    const at = beforeInstances ? adopted.findIndex((sheet) => instanceSheets.has(sheet)) : -1;
    adopted.splice(at < 0 ? adopted.length : at, 0, ...missing);
    root.adoptedStyleSheets = adopted;
  }
  return root;
}

export function releaseSheet(root: StyleRoot, sheet: CSSStyleSheet): void {
  if (root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** Builds a sheet from CSS text; shared sheets are built once per module. */
export function sheetFrom(cssText: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return sheet;
}
