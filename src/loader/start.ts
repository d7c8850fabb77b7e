/**
 * The loader's second import (after early-load.ts has sent the first requests): creates the page's Latch and
 * starts its load, before lit, the control elements and the localization and appearance engines are evaluated
 * (ES modules run in import order). The load takes the early requests' answers as they come.
 */
import { bootScriptTag } from './boot.js';

bootScriptTag(document.currentScript as HTMLScriptElement | null);
