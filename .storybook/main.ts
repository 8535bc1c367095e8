import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Storybook reads the project's vite.config.ts: drop the library build so
  // it builds an app.
  viteFinal: async (viteConfig, {configType}) => {
    if (viteConfig.build) delete viteConfig.build.lib;
    // …and, in a static build, the library's template minifier: there it reaches Storybook's own code, and fails on it.
    if (configType === 'PRODUCTION')
      viteConfig.plugins = viteConfig.plugins?.filter(
        (plugin) => !(plugin && 'name' in plugin && plugin.name === 'minify-html-literals'),
      );
    // The sandbox the stories talk to: npm start's, or the story tests' own (see stories/sandbox-endpoint.ts).
    viteConfig.define = {
      ...viteConfig.define,
      __SOH_STORY_SANDBOX__: JSON.stringify(process.env.SOH_STORY_SANDBOX ?? 'http://localhost:8080/'),
      // Stories that play the force (a message, a status, an agent) sign in to that sandbox's back office. Only
      // while developing (npm run storybook, the story tests): a published build must never carry a secret.
      __SOH_STORY_OPERATOR_TOKEN__: JSON.stringify(
        configType === 'DEVELOPMENT' ? (process.env.SOH_STORY_OPERATOR_TOKEN ?? '') : '',
      ),
    };
    // Pre-bundle lit with Storybook's own imports of it, or dev mode loads
    // two copies ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'lit/decorators.js',
        '@lit/localize',
        '@lit/context',
      ],
    };
    // The upload starts its worker as ./hash-worker.js beside its own chunk, its name in the built library:
    // in dev, serve the source under that name; in a static build, build it there (beside the other chunks).
    viteConfig.plugins = [
      ...(viteConfig.plugins ?? []),
      {
        name: 'soh-hash-worker-source',
        apply: 'serve',
        configureServer(server) {
          server.middlewares.use((request, _response, next) => {
            if (request.url?.split('?')[0].endsWith('/media-upload/hash-worker.js'))
              request.url = request.url.replace('/hash-worker.js', '/hash-worker.ts');
            next();
          });
        },
      },
      {
        name: 'soh-hash-worker-build',
        apply: 'build',
        buildStart() {
          this.emitFile({
            type: 'chunk',
            id: new URL('../src/fields/media-upload/hash-worker.ts', import.meta.url).pathname,
            fileName: 'assets/hash-worker.js',
          });
        },
      },
    ];
    return viteConfig;
  },
};
export default config;
