import type {Meta} from '@storybook/web-components-vite';
import {page, servicePages, type Story} from './service-page-story.js';

const service = 'firearms';
const at = (step: string, answers: Record<string, unknown> = {}) => page(service, step, answers);

const meta: Meta = {title: 'Services/Apply for a firearm or shotgun certificate', ...servicePages(service)};
export default meta;

/** An application asks no emergency question: it starts here. */
export const BeforeYouStart: Story = {};
export const Application: Story = at('application');
/** A variation: the certificate number, and what is to change. */
export const CurrentCertificate: Story = at('current-certificate', {applicationType: 'variation'});
export const YourName: Story = at('your-name');
export const AboutYou: Story = at('about-you');
export const Home: Story = at('home');
export const PreviousAddresses: Story = at('previousAddresses');
export const PreviousAddress: Story = at('previousAddresses/0', {'previousAddresses.any': 'yes'});
export const PreviousAddressList: Story = at('previousAddresses/list', {
  'previousAddresses.any': 'yes',
  previousAddresses: [
    {
      address: {line1: '10 Heol Enghraifft', line2: '', town: 'Caerdydd', county: '', postcode: 'CF10 1AA'},
      from: '2015-01-01',
      to: '2019-06-01',
    },
  ],
});
export const Contact: Story = at('contact');
export const Medical: Story = at('medical', {medicalConditions: 'yes'});
export const GpPractice: Story = at('gp');
export const FirstReferee: Story = at('referee-1');
export const SecondReferee: Story = at('referee-2');
export const Convictions: Story = at('convictions', {convictions: 'yes'});
export const Declaration: Story = at('declaration');
