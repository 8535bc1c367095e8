import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {offersLanguageSwitch} from '../../forces/forces.js';
import {SohEvent} from '../events.js';
import {ConfigHandOn} from './config-hand-on.js';
import {languageSwitchStyles, renderLanguageSwitch, type SwitchableLanguage} from '../localize/language-switch.js';
import {baseStyles, SohElement} from '../soh-element.js';

/**
 * Fired by `<soh-config>` when the person picks a language with its switch.
 * The page may remember the choice; `detail.lang` is `en` or `cy`.
 */
export class SohLanguageChangeEvent extends SohEvent<{lang: SwitchableLanguage}> {
  constructor(lang: SwitchableLanguage) {
    super('soh-language-change', {lang});
  }
}

/**
 * Configures every soh-elements element inside it, so a page says once which
 * force it belongs to and where reports go. An element's own `force` or
 * `endpoint` attribute wins over this. Set `lang` here to fix a language for
 * the elements inside; otherwise they follow the page.
 *
 * For a force in Wales it shows an English / Cymraeg switch above its
 * content, which sets its own `lang`.
 *
 * @summary Configures the elements inside it: force, endpoint and language, and offers Welsh forces' language switch.
 * @tag soh-config
 *
 * @slot - The elements to configure, and anything else.
 *
 * @event soh-language-change - The person chose a language with the switch. `detail`: `{lang}`.
 *
 * @csspart language-switch - The English / Cymraeg switch.
 */
export class SohConfig extends SohElement {
  static override styles = [
    baseStyles,
    languageSwitchStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  // The switch is for forces in Wales.
  protected static override usesForceDetails = true;
  constructor() {
    super();
    // What <soh-config> is for: handing its settings to the elements inside it.
    new ConfigHandOn(this, () => this.settings);
  }

  /** `auto` shows the English / Cymraeg switch for forces in Wales; `on` and `off` force it. */
  @property({attribute: 'language-switch'}) languageSwitch: 'auto' | 'on' | 'off' = 'auto';

  protected renderContent(): TemplateResult {
    return html`${
        this.showsSwitch()
          ? renderLanguageSwitch(this.i18n.locale, (language) => this.chooseLanguage(language), this.i18n.msg)
          : nothing
      }<slot></slot>`;
  }

  private showsSwitch(): boolean {
    if (this.languageSwitch === 'off') return false;
    if (this.languageSwitch === 'on') return true;
    return this.config.force !== undefined && offersLanguageSwitch(this.config.force);
  }

  private chooseLanguage(language: SwitchableLanguage): void {
    this.setAttribute('lang', language);
    this.emit(new SohLanguageChangeEvent(language));
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-language-change': SohLanguageChangeEvent;
  }
}
