/**
 * Defines Latch's elements on demand, by importing each one's ES chunk (and the shared chunks it imports, all
 * in parallel, so there is no waterfall) from beside the loader script:
 * - when its tag is in the document: already parsed, added while the page parses, or added later;
 * - when the core asks (`mountSignIn`, `openSignIn`, … through `demandElement`);
 * - when a root the page hands over with `observe()` (a shadow root) gets one.
 * Each chunk is requested once; a failed download is forgotten, so the next demand retries.
 */
export interface ElementLoaderOptions {
  /** Tag (or any key, e.g. `locale-fr-FR`) → its chunk files, the entry first, relative to `baseUrl`. */
  chunks: Readonly<Record<string, readonly string[]>>;
  /** The tags this loader defines lazily. */
  tags: readonly string[];
  /** The URL chunk files are relative to: the loader script's own. */
  baseUrl: string;
  /** Imports a module by URL (a seam for tests). */
  importModule?: (url: string) => Promise<unknown>;
  /** Told when a chunk failed to arrive (default: `console.error`). */
  onError?: (tag: string, error: unknown) => void;
}

const nativeImport = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

export class ElementLoader {
  readonly #options: ElementLoaderOptions;
  readonly #pending = new Map<string, Promise<unknown>>();
  readonly #observers: MutationObserver[] = [];
  /** Tags not yet requested: the only ones a DOM change still has to look for. */
  readonly #waiting: Set<string>;

  constructor(options: ElementLoaderOptions) {
    this.#options = options;
    this.#waiting = new Set(options.tags.filter((tag) => options.chunks[tag]));
  }

  /** Imports `key`'s chunk and the shared chunks it needs, once. Resolves with the entry module. */
  load(key: string): Promise<unknown> {
    const known = this.#pending.get(key);
    if (known) return known;
    const files = this.#options.chunks[key];
    if (!files?.length) return Promise.reject(new Error(`[latch] No chunk for "${key}".`));
    const importModule = this.#options.importModule ?? nativeImport;
    const urls = files.map((file) => new URL(file, this.#options.baseUrl).href);
    this.#waiting.delete(key);
    const promise = Promise.all(urls.map((url) => importModule(url))).then(
      ([entry]) => entry,
      (error: unknown) => {
        this.#pending.delete(key);
        if (this.#options.tags.includes(key)) this.#waiting.add(key);
        throw error;
      },
    );
    this.#pending.set(key, promise);
    return promise;
  }

  /** Like `load`, for a tag: never rejects (the error is reported), a no-op once it is defined. */
  define(tag: string): void {
    if (customElements.get(tag) || !this.#options.chunks[tag]) return;
    this.load(tag).catch((error: unknown) => {
      (this.#options.onError ?? ((t, e) => console.error(`[latch] could not load <${t}>`, e)))(tag, error);
    });
  }

  /** Defines every lazy tag found in `root` (and `root` itself). */
  scan(root: ParentNode): void {
    if (!this.#waiting.size) return;
    if (root instanceof Element && this.#waiting.has(root.localName)) this.define(root.localName);
    if (!this.#waiting.size) return;
    for (const element of root.querySelectorAll([...this.#waiting].join(','))) this.define(element.localName);
  }

  /** Scans `root` now and on every later change to its tree, until each lazy tag has been requested. */
  observe(root: Document | ShadowRoot): void {
    this.scan(root);
    if (!this.#waiting.size) return;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) this.scan(node);
      }
      // Every tag is requested: nothing left to watch for (and no cost on pages with heavy DOM churn).
      if (!this.#waiting.size) this.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    this.#observers.push(observer);
  }

  disconnect(): void {
    for (const observer of this.#observers.splice(0)) observer.disconnect();
  }
}

/** Files every one of `tags` imports: what a page needs whichever lazy element it shows. */
export function commonChunkFiles(list: Readonly<Record<string, readonly string[]>>, tags: readonly string[]): string[] {
  const [first, ...rest] = tags.map((tag) => list[tag] ?? []);
  return (first ?? []).filter((file) => rest.every((files) => files.includes(file)));
}
