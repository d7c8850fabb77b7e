/**
 * The loader's first import, so it is the first code the script evaluates: the Frontend API load starts here,
 * before lit, the control elements, the themes and the localization and appearance engines are evaluated
 * (ES modules run in import order), and its round trips overlap with the rest of the script's evaluation.
 */
import { bootScriptTag } from './boot.js';

bootScriptTag(document.currentScript as HTMLScriptElement | null);
