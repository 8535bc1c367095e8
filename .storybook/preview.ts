import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import customElements from '../custom-elements.json' with {type: 'json'};
import {forces} from '../src/forces/forces.js';
import '../src/core/config/soh-config.js';

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
    // A violation fails the story's test, in Storybook and in `npm test`.
    a11y: {test: 'error'},
  },
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
