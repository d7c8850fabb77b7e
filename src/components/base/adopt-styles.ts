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

export function adoptSheets(node: Node, sheets: readonly CSSStyleSheet[]): StyleRoot {
  const root = styleRootOf(node);
  const missing = sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
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
