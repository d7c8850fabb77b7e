/**
 * The loader's first import, so it runs before anything else in the script: it preloads the chunks that every
 * lazy element imports (the base element and its styles). The page's tags are parsed only after this script has
 * run; waiting for them would put that download behind the script's evaluation. The rest (an element's own chunk
 * and those only some elements share) follows when a tag appears or a mount* call asks, so a page still fetches
 * only what its elements use; a page with control elements alone pays for this one chunk.
 */
import { chunks } from 'virtual:latch-chunks';
import { commonChunkFiles } from './element-loader.js';
import { LAZY_ELEMENTS } from './elements.js';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  for (const file of commonChunkFiles(chunks, Object.keys(LAZY_ELEMENTS))) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // The same request mode as the loader's import() of it, so the browser uses the preloaded module.
    link.crossOrigin = 'anonymous';
    link.href = new URL(file, script.src).href;
    document.head.append(link);
  }
}
