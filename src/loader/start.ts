/**
 * The loader's second import (after preload.ts), so it runs before the rest of the script: the Frontend API load
 * starts here, before lit, the control elements and the localization and appearance engines are
 * evaluated (ES modules run in import order), and its round trips overlap with the rest of the evaluation.
 */
import { bootScriptTag } from './boot.js';

bootScriptTag(document.currentScript as HTMLScriptElement | null);
