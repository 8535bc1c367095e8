import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {css, html, LitElement} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {styleMap} from 'lit/directives/style-map.js';
import {expect, waitFor} from 'storybook/test';
import {themeFromBrand} from '../src/themes/theme-from-brand.js';
import '../src/widgets/service-list/soh-service-list.js';
import '../src/engine/soh-report-form.js';
import {SANDBOX_ENDPOINT} from './sandbox-endpoint.js';

/**
 * For a designer: pick a force's brand colour and see the elements in the theme made from it, beside the contrast
 * of every pair and what had to change to reach WCAG 2.2 AA. What `npx soh-elements theme` writes to a file.
 */
@customElement('story-brand-theme')
class StoryBrandTheme extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: Arial, Helvetica, sans-serif;
    }
    .picker {
      display: flex;
      gap: 10px;
      align-items: center;
      margin-block-end: 20px;
    }
    input[type='color'] {
      inline-size: 64px;
      block-size: 44px;
    }
    .report {
      margin: 0 0 20px;
      padding: 10px;
      background: #f3f2f1;
      white-space: pre-wrap;
    }
  `;

  @property() brand = '#1c2f5b';
  @state() private picked?: string;

  override render() {
    const brand = this.picked ?? this.brand;
    const theme = themeFromBrand(brand);
    const report = [
      ...theme.pairs.map(
        (pair) => `${pair.token} on ${pair.against}: ${pair.ratio.toFixed(2)}:1 (needs ${pair.minimum}:1)`,
      ),
      ...(theme.adjustments.length
        ? theme.adjustments.map((adjustment) => `Changed ${adjustment.token} to ${adjustment.to}. ${adjustment.reason}`)
        : ['The brand colour passes as it is: nothing was changed.']),
    ].join('\n');
    // On the elements themselves: a page's own value for a token wins over the force theme the element adopts.
    const colours = styleMap({'--soh-color-brand': theme.brand, '--soh-color-link': theme.link});
    return html`<div class="picker">
        <label for="brand">Brand colour</label>
        <input
          id="brand"
          type="color"
          .value=${brand}
          @input=${(event: Event) => (this.picked = (event.target as HTMLInputElement).value)}
        />
        <code>${brand}</code>
      </div>
      <h2>Contrast</h2>
      <p class="report" role="status">${report}</p>
      <soh-service-list style=${colours} force="essex" href-template="#{service}"></soh-service-list>
      <soh-report-form style=${colours} service="crime" endpoint=${SANDBOX_ENDPOINT}></soh-report-form>`;
  }
}

const meta: Meta<{brand: string}> = {
  title: 'Themes/From a brand colour',
  // The picker's own element, exported only so that it counts as used: not a story.
  excludeStories: ['StoryBrandTheme'],
  render: (args) => html`<story-brand-theme brand=${args.brand}></story-brand-theme>`,
  args: {brand: '#1c2f5b'},
  argTypes: {brand: {control: 'color'}},
};
export default meta;
type Story = StoryObj<{brand: string}>;

/** The neutral palette every shipped force theme starts from: it passes as it is. */
export const Neutral: Story = {};

/** A pale brand: darkened, the same hue, until white text on it and links on the page read. */
export const PaleBrand: Story = {args: {brand: '#ffdd00'}};

/**
 * Any story in a brand colour's theme: Storybook's **Brand colour** toolbar (here set to yellow, which the theme
 * darkens to #897600 so that white text on it reads).
 */
export const FromTheToolbar: Story = {
  globals: {brand: '#ffdd00'},
  render: () => html`<soh-report-form service="crime" force="essex" endpoint=${SANDBOX_ENDPOINT}></soh-report-form>`,
  play: async ({canvasElement}) => {
    const form = canvasElement.querySelector('soh-report-form')!;
    await waitFor(() => expect(form.shadowRoot?.querySelector('button[type="submit"]')).toBeTruthy(), {timeout: 5000});
    const button = form.shadowRoot!.querySelector('button[type="submit"]')!;
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(137, 118, 0)');
  },
};

export {StoryBrandTheme};
