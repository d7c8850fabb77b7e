export * from '../src/localization/resources.js';
