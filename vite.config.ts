import {literalsHtmlCssMinifier} from '@literals/rollup-plugin-html-css-minifier';
import {defineConfig} from 'vite';
import {autoloadPreloads} from './scripts/autoload-preloads.js';

/**
 * The library build: ESM, one entry per element plus `index` (everything),
 * lit and zod bundled in so a force can load it from its own server with one
 * script tag. Shared code lands in shared chunks; translations and force
 * themes are chunks of their own, loaded only when a page needs them.
 */
export default defineConfig({
  plugins: [
    // The templates' indentation is most of the whitespace a page downloads. Whitespace collapses to one space,
    // never to none (conservative), as the browser would render it; empty attributes stay (alt="" means decorative).
    literalsHtmlCssMinifier({
      failOnError: true,
      options: {minifyOptions: {conservativeCollapse: true, removeEmptyAttributes: false}},
    }),
    autoloadPreloads(),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        // One small script that loads each element when its tag appears.
        autoload: 'src/autoload.ts',
        'soh-config': 'src/core/config/soh-config.ts',
        'soh-exit-page': 'src/widgets/exit-page/soh-exit-page.ts',
        'soh-text-field': 'src/fields/text-field/soh-text-field.ts',
        'soh-textarea': 'src/fields/textarea/soh-textarea.ts',
        'soh-radios': 'src/fields/choice/soh-radios.ts',
        'soh-checkboxes': 'src/fields/choice/soh-checkboxes.ts',
        'soh-yes-no': 'src/fields/choice/soh-yes-no.ts',
        'soh-date-input': 'src/fields/date-input/soh-date-input.ts',
        'soh-time-input': 'src/fields/time-input/soh-time-input.ts',
        'soh-address': 'src/fields/address/soh-address.ts',
        'soh-select': 'src/fields/select/soh-select.ts',
        'soh-file-input': 'src/fields/file-input/soh-file-input.ts',
        'soh-report-form': 'src/engine/soh-report-form.ts',
        'soh-service-list': 'src/widgets/service-list/soh-service-list.ts',
        'soh-force-picker': 'src/widgets/force-picker/soh-force-picker.ts',
        'soh-media-upload': 'src/fields/media-upload/soh-media-upload.ts',
        'soh-live-chat': 'src/widgets/live-chat/soh-live-chat.ts',
        'soh-payment': 'src/widgets/payment/soh-payment.ts',
        'soh-report-status': 'src/widgets/report-status/soh-report-status.ts',
        // For service authors, not for pages: `checkService` (and `npx soh-elements check-service`).
        'check-service': 'src/engine/check-service.ts',
        // For force web teams and designers, not for pages: a force's theme from its brand colour
        // (`forceThemeFile`, and `npx soh-elements theme`).
        theme: 'src/themes/force-theme-file.ts',
        // Started by <soh-media-upload> as a module worker, from beside the chunk that starts it.
        'hash-worker': 'src/fields/media-upload/hash-worker.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {minify: true},
    },
  },
});
