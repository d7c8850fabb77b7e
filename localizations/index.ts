export { enUS } from './en-US.js';
export { frFR } from './fr-FR.js';
