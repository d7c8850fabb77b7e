import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // One copy of Lit: pre-bundling it next to the raw modules loads it twice ("Multiple versions of Lit loaded").
  viteFinal: (cfg) => {
    cfg.optimizeDeps = {
      ...cfg.optimizeDeps,
      exclude: [...(cfg.optimizeDeps?.exclude ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    };
    return cfg;
  },
};
export default config;
