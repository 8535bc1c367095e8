import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Mock Service Worker's script, beside the story pages (a service worker
 * answers only for pages at or below its own address): served in
 * development, written into a static build. Only that one file of the msw
 * package, not its whole folder (`staticDirs` would copy it all).
 */
function mockServiceWorkerScript(): Plugin {
  const script = () => readFileSync(path.join(projectRoot, 'node_modules/msw/lib/mockServiceWorker.js'), 'utf8');
  return {
    name: 'soh-mock-service-worker',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/mockServiceWorker.js') return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.end(script());
      });
    },
    generateBundle() {
      this.emitFile({type: 'asset', fileName: 'mockServiceWorker.js', source: script()});
    },
  };
}

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // Storybook reads the project's vite.config.ts: drop the library build so
  // it builds an app.
  viteFinal: async (viteConfig, {configType}) => {
    if (viteConfig.build) delete viteConfig.build.lib;
    // …and the library's template minifier: it reaches Storybook's own code (the docs blocks), and fails on it.
    viteConfig.plugins = viteConfig.plugins?.filter(
      (plugin) => !(plugin && 'name' in plugin && plugin.name === 'minify-html-literals'),
    );
    // The endpoint the stories talk to (stories/sandbox-endpoint.ts): a real sandbox when SOH_STORY_SANDBOX names
    // one (the story tests' own, or npm start's), else each story's recorded responses.
    const sandbox = process.env.SOH_STORY_SANDBOX;
    const recording = sandbox !== undefined && process.env.SOH_STORY_RECORD === '1';
    viteConfig.define = {
      ...viteConfig.define,
      __SOH_STORY_ENDPOINT_MODE__: JSON.stringify(sandbox === undefined ? 'replay' : recording ? 'record' : 'live'),
      __SOH_STORY_SANDBOX__: JSON.stringify(sandbox ?? ''),
      __SOH_STORY_RECORDINGS__: JSON.stringify(recording ? path.join(projectRoot, 'stories/recorded-responses') : ''),
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
      mockServiceWorkerScript(),
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
