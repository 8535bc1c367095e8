import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/widgets/service-list/soh-service-list.js';

const meta: Meta<{force: string}> = {
  title: 'Elements/Service list',
  component: 'soh-service-list',
  render: (args) => html`<soh-service-list force=${args.force} href-template="#{service}"></soh-service-list>`,
  args: {force: 'essex'},
};
export default meta;
type Story = StoryObj<{force: string}>;

/** A force with an opt-in service switched on (Essex: COVID-19 breaches). */
export const FullSetWithOptIn: Story = {};

/** A force offering the core services, with its own non-emergency number (British Transport Police). */
export const CoreOnly: Story = {args: {force: 'btp'}};

/** A force in Wales, in Welsh. */
export const Welsh: Story = {
  render: () =>
    html`<div lang="cy"><soh-service-list force="north-wales" href-template="#{service}"></soh-service-list></div>`,
};
