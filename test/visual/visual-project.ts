/**
 * The `visual` Vitest project (Node side): every story rendered in headless Debian Chromium and compared with the
 * reviewed baselines in test/visual/baselines/ (see README, "Visual tests"). Kept here so vitest.config.ts only
 * lists it.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {playwright} from '@vitest/browser-playwright';
import type {Plugin, UserConfig} from 'vite';
import type {BrowserCommand} from 'vitest/node';
import type {UserWorkspaceConfig} from 'vitest/config';
import storybookMain from '../../.storybook/main.js';
import {chromiumArgs, chromiumPath} from '../../scripts/engine-paths.mjs';
import {cssPropertyName, cssValue, resolveTokens, root} from '../../scripts/tokens.js';
import {forceThemeFile} from '../../src/themes/force-theme-file.js';
import {VISUAL_SANDBOX} from './visual-sandbox.js';
import {VISUAL_BRANDS, type VisualBrand} from './visual-brands.js';

/** Where baselines live (in the repository) and where a failed comparison writes what it saw and the difference. */
export const baselineFolder = 'test/visual/baselines';
export const diffFolder = 'test-results/visual';

/**
 * A brand's force theme, made the way a force makes its own: `forceThemeFile` writes the token file, and the
 * generator's own Style Dictionary pipeline (scripts/tokens.ts) turns it into the declarations an element adopts.
 */
async function brandDeclarations(brand: VisualBrand): Promise<string> {
  const {json} = forceThemeFile(VISUAL_BRANDS[brand].force, VISUAL_BRANDS[brand].colour);
  const file = `${diffFolder}/themes/${brand}.tokens.json`;
  mkdirSync(path.join(root, path.dirname(file)), {recursive: true});
  writeFileSync(path.join(root, file), json);
  const tokens = await resolveTokens(file);
  return tokens
    .filter((token) => token.filePath.endsWith(file))
    .map((token) => `${cssPropertyName(token)}:${cssValue(token)};`)
    .join('');
}

const virtualThemes = '\0soh-visual-force-themes';
const shippedThemes = path.join(root, 'src/generated/themes/force-themes.ts');

/**
 * The force themes the elements adopt (src/themes/adopt-force-theme.ts), with two brands beside the shipped ones
 * (all 44 shipped are the neutral palette): a test file that sets `globalThis.__sohVisualBrand` sees every force in
 * that brand's theme. Without it, the shipped themes, unchanged.
 */
function brandThemes(): Plugin {
  return {
    name: 'soh-visual-force-themes',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.endsWith('/src/themes/adopt-force-theme.ts') && source.includes('generated/themes/force-themes'))
        return virtualThemes;
      return undefined;
    },
    async load(id) {
      if (id !== virtualThemes) return undefined;
      const brands: Record<string, string> = {};
      for (const brand of Object.keys(VISUAL_BRANDS) as VisualBrand[]) brands[brand] = await brandDeclarations(brand);
      return [
        `import {forceThemes as shipped} from ${JSON.stringify(shippedThemes)};`,
        `const brands = ${JSON.stringify(brands)};`,
        'export const forceThemes = new Proxy(shipped, {',
        '  get(target, key) {',
        '    const brand = globalThis.__sohVisualBrand;',
        "    return brand && typeof key === 'string' && key in target ? brands[brand] : target[key];",
        '  },',
        '});',
      ].join('\n');
    },
  };
}

/** Playwright's media emulation, for a test to switch on (forced colours), from the browser. */
const emulateForcedColours: BrowserCommand<[active: boolean]> = async (context, active) => {
  if (context.provider.name !== 'playwright') throw new Error('Forced colours are emulated in Chromium only.');
  await (context as unknown as {page: import('playwright').Page}).page.emulateMedia({
    forcedColors: active ? 'active' : 'none',
  });
};

/** Storybook's own Vite settings for the stories (.storybook/main.ts), talking to this project's sandbox. */
async function storybookVite(): Promise<UserConfig> {
  const viteConfig = (await storybookMain.viteFinal!({plugins: [], define: {}, optimizeDeps: {}}, {
    configType: 'DEVELOPMENT',
  } as never)) as UserConfig;
  viteConfig.define = {...viteConfig.define, __SOH_STORY_SANDBOX__: JSON.stringify(VISUAL_SANDBOX)};
  return viteConfig;
}

export async function visualProject(): Promise<UserWorkspaceConfig> {
  const storybook = await storybookVite();
  return {
    plugins: [brandThemes(), ...(storybook.plugins ?? [])],
    define: storybook.define,
    optimizeDeps: {...storybook.optimizeDeps, include: [...(storybook.optimizeDeps?.include ?? []), 'storybook/test']},
    test: {
      name: 'visual',
      include: ['test/visual/**/*.test.ts'],
      globalSetup: ['test/visual/visual-sandbox.ts'],
      testTimeout: 120_000,
      // Vitest also keeps each failed screenshot as a test attachment: beside the diffs, not in the repository's root.
      attachmentsDir: `${diffFolder}/attachments`,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {executablePath: chromiumPath, args: [...chromiumArgs, '--font-render-hinting=none']},
          contextOptions: {
            viewport: {width: 1024, height: 6000},
            deviceScaleFactor: 1,
            reducedMotion: 'reduce',
            colorScheme: 'light',
          },
        }),
        instances: [{browser: 'chromium' as const}],
        viewport: {width: 800, height: 900},
        screenshotFailures: false,
        commands: {emulateForcedColours},
        expect: {
          toMatchScreenshot: {
            comparatorName: 'pixelmatch',
            // A pixel differs when its colour moves more than a little (pixelmatch's YIQ distance 0.03 of 1, about 8
            // levels of brightness; anti-aliased pixels are ignored); a screenshot fails when more than 10 pixels
            // differ: a 1 px shift of one border, or a changed colour of a button or a line of text, fails. Two runs on
            // one machine are pixel-identical, so this is no tolerance for noise, only for another machine's rounding.
            comparatorOptions: {threshold: 0.03, allowedMismatchedPixels: 10},
            screenshotOptions: {animations: 'disabled', caret: 'hide', scale: 'css'},
            resolveScreenshotPath: ({arg, ext, testFileName}) =>
              path.join(root, baselineFolder, testFileName.replace(/\.test\.ts$/, ''), `${arg}${ext}`),
            resolveDiffPath: ({arg, ext, testFileName}) =>
              path.join(root, diffFolder, testFileName.replace(/\.test\.ts$/, ''), `${arg}${ext}`),
          },
        },
      },
    },
  };
}
