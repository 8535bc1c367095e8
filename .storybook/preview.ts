import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createPreviewAnnotations as mockServiceWorkerAnnotations} from 'msw-storybook-addon/preview';
import customElements from '../custom-elements.json' with {type: 'json'};
import {forces} from '../src/forces/forces.js';
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
  initialGlobals: {force: '', locale: 'en'},
  // Every story sits in a <soh-config>, as on a force's page: the toolbar
  // sets its force and language.
  decorators: [
    (story, {globals}) =>
      html`<soh-config force=${globals.force || ''} lang=${globals.locale ?? 'en'} language-switch="off"
        >${story()}</soh-config
      >`,
  ],
  tags: ['autodocs'],
};
export default preview;
