import {html} from 'lit';
import {SohElement} from '../../src/core/soh-element.js';
import {defineElement} from '../../src/core/define.js';
import type {ConfigSetting} from '../../src/core/config/resolve-config.js';

/**
 * A minimal element that needs a force and an endpoint, as every element
 * that sends will: it shows what configuration reached it.
 */
export class ConfigProbe extends SohElement {
  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['force', 'endpoint'];
  protected static override usesForceDetails = true;

  resolved() {
    return this.config;
  }

  protected renderContent() {
    return html`<p>${this.config.force?.name} → ${this.config.endpoint?.href}</p>`;
  }
}
defineElement('test-config-probe', ConfigProbe);
