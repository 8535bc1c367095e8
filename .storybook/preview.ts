import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {createPreviewAnnotations as mockServiceWorkerAnnotations} from 'msw-storybook-addon/preview';
import customElements from '../custom-elements.json' with {type: 'json'};
import {forces} from '../src/forces/forces.js';
import {themeFromBrand} from '../src/themes/theme-from-brand.js';
import '../src/core/config/soh-config.js';
import {STORY_ENDPOINT_MODE} from '../stories/sandbox-endpoint.js';
import {startWorker, storyEndpointAfterEach, storyEndpointLoader} from './recorded-endpoint/story-endpoint.js';
import {StatesGridDocsPage} from './states-grid-docs.js';

// Keep private and static members out of Controls and Docs.
type Member = {name: string; privacy?: string; static?: boolean};
type Manifest = {modules: {declarations?: {members?: Member[]}[]}[]};
const manifest = structuredClone(customElements) as unknown as Manifest;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    declaration.members = declaration.members?.filter(
      (member) =>
        !member.static &&
        member.privacy !== 'private' &&
        member.privacy !== 'protected' &&
        !member.name.startsWith('#'),
    );
  }
}
setCustomElementsManifest(manifest);

/** The Brand colour toolbar's values, on every element in the story (a page's rule beats the force theme's :host). */
const BRAND_RULE = new CSSStyleSheet();
BRAND_RULE.replaceSync(
  '[data-story-brand] * { --soh-color-brand: var(--story-brand); --soh-color-link: var(--story-link); }',
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, BRAND_RULE];

const preview: Preview = {
  parameters: {
    controls: {expanded: true},
    docs: {page: StatesGridDocsPage},
    // A violation fails the story's test, in Storybook and in `npm test`.
    a11y: {test: 'error'},
    // The widths a force's pages are read at: WCAG's reflow width first.
    viewport: {
      options: {
        reflow: {name: 'Reflow (320 px, WCAG 1.4.10)', styles: {width: '320px', height: '640px'}, type: 'mobile'},
        phone: {name: 'Phone (390 px)', styles: {width: '390px', height: '844px'}, type: 'mobile'},
        tablet: {name: 'Tablet (768 px)', styles: {width: '768px', height: '1024px'}, type: 'tablet'},
        desktop: {name: 'Desktop (1280 px)', styles: {width: '1280px', height: '800px'}, type: 'desktop'},
      },
    },
  },
  // Before the story's own loaders, which may talk to the endpoint: answer from the recording, or record.
  loaders: [storyEndpointLoader],
  afterEach: [storyEndpointAfterEach],
  // A static Storybook's stories get Mock Service Worker as `context.msw` (msw-storybook-addon's convention), the
  // worker that answers from their recordings.
  ...(STORY_ENDPOINT_MODE === 'replay' ? mockServiceWorkerAnnotations(startWorker) : {}),
  globalTypes: {
    force: {
      description: 'Force theme',
      toolbar: {
        title: 'Force',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [{value: '', title: 'Base theme'}, ...forces.map((force) => ({value: force.id, title: force.name}))],
      },
    },
    brand: {
      description: 'A brand colour, made into a theme as `npx soh-elements theme` makes it, over the force theme',
      toolbar: {
        title: 'Brand colour',
        icon: 'paintbrush',
        dynamicTitle: true,
        // Sample colours, not any force's: the shipped force themes are neutral, and a force sets its own.
        items: [
          {value: '', title: 'None (the force theme)'},
          {value: '#00447c', title: 'Dark blue #00447c'},
          {value: '#7a1f3d', title: 'Maroon #7a1f3d'},
          {value: '#00875a', title: 'Green #00875a (links darkened for contrast)'},
          {value: '#ffdd00', title: 'Yellow #ffdd00 (brand and links darkened for contrast)'},
        ],
      },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          {value: 'en', title: 'English'},
          {value: 'cy', title: 'Cymraeg'},
          {value: 'en-XA', title: 'Pseudo-locale (finds untranslated or clipped text)'},
        ],
      },
    },
  },
  initialGlobals: {force: '', brand: '', locale: 'en'},
  // Every story sits in a <soh-config>, as on a force's page: the toolbar
  // sets its force and language.
  decorators: [
    (story, {globals}) => {
      // A brand colour's theme, as `npx soh-elements theme` makes it, set as a force's page would set it: on the
      // elements themselves (BRAND_RULE), where it wins over the force theme inside them.
      const brand = globals.brand ? themeFromBrand(globals.brand as string) : undefined;
      return html`<soh-config
        force=${globals.force || ''}
        data-story-brand=${brand ? '' : nothing}
        style=${brand ? `--story-brand: ${brand.brand}; --story-link: ${brand.link}` : ''}
        lang=${globals.locale ?? 'en'}
        language-switch="off"
        >${story()}</soh-config
      >`;
    },
  ],
  tags: ['autodocs'],
};
export default preview;
