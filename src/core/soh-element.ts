import {consume, ContextProvider} from '@lit/context';
import {LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {offerFor} from '../forces/service-offers.js';
import {adoptForceTheme} from '../themes/adopt-force-theme.js';
import {sohConfigContext, type SohConfigValue} from './config/config-context.js';
import {renderConfigProblems} from './config/config-problem-view.js';
import {
  describeForDevelopers,
  resolveConfig,
  type ConfigSetting,
  type ResolvedConfig,
} from './config/resolve-config.js';
import {LocaleController} from './localize/locale-controller.js';
import type {SohEvent} from './events.js';
export {baseStyles} from './base-styles.js';

/**
 * The base of every element: configuration (its own attributes, else a
 * wrapping `<soh-config>`), the language it sits in, and the force's theme.
 * Subclasses render in {@link renderContent} and start their `styles` with
 * {@link baseStyles}; when their configuration cannot work they show a plain
 * message instead, never a blank space.
 */
export abstract class SohElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {...LitElement.shadowRootOptions, delegatesFocus: true};

  /** Which settings this element cannot work without. */
  protected static configNeeds: ReadonlyArray<ConfigSetting> = [];

  /** The force, by its data.police.uk id (e.g. `essex`); overrides a wrapping `<soh-config>`. */
  @property({reflect: true}) force?: string;

  /** The base URL of the force's SOH/SIH endpoint; overrides a wrapping `<soh-config>`. */
  @property() endpoint?: string;

  @consume({context: sohConfigContext, subscribe: true})
  @state()
  protected inheritedConfig?: SohConfigValue;

  /** The language this element speaks, and its `msg()`; where the page says none, the force's default. */
  protected readonly i18n = new LocaleController(this, () => {
    // Read from the settings themselves: the first language is looked up before the first render resolves them.
    const force = this.force || this.inheritedConfig?.force;
    return force && offerFor(force).welshDefault ? 'cy' : 'en';
  });

  /** The configuration in force, checked; recomputed before each render. */
  protected config: ResolvedConfig = {blocking: [], warnings: []};

  // Every element hands its settings on to what it renders inside itself
  // (a report form's fields, a chat's upload), as <soh-config> does.
  private readonly configProvider = new ContextProvider(this, {context: sohConfigContext, initialValue: {}});

  private reportedProblems = '';

  // Wait for the language on the first render so Welsh readers never see
  // English flash past (nor hear it read out).
  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const needs = (this.constructor as typeof SohElement).configNeeds;
    const previousForce = this.config.force?.id;
    this.config = resolveConfig(
      {force: this.force, endpoint: this.endpoint},
      this.inheritedConfig,
      needs,
      document.baseURI,
    );
    const handedOn = {
      force: this.force || this.inheritedConfig?.force,
      endpoint: this.endpoint || this.inheritedConfig?.endpoint,
    };
    const current = this.configProvider.value;
    if (handedOn.force !== current.force || handedOn.endpoint !== current.endpoint)
      this.configProvider.setValue(handedOn);
    this.reportProblemsOnce();
    if (this.renderRoot instanceof ShadowRoot && (previousForce !== this.config.force?.id || !this.hasUpdated)) {
      void adoptForceTheme(this.renderRoot, this.config.force?.id);
    }
    // A force with a Welsh default changes the language of a page that declares none.
    if (previousForce !== this.config.force?.id) this.i18n.refresh();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.config.blocking.length > 0) return renderConfigProblems(this.config.blocking, this.i18n.msg);
    return this.renderContent();
  }

  /**
   * Fires one of the library's events from this element. (Going through here
   * also keeps the manifest's events to the documented `@event` tags.)
   */
  protected emit(event: SohEvent<unknown>): boolean {
    return this.dispatchEvent(event);
  }

  /** The element's own content, rendered once its configuration is sound. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  private reportProblemsOnce(): void {
    const tagName = this.localName;
    const all = [...this.config.blocking, ...this.config.warnings];
    const key = JSON.stringify(all);
    if (key === this.reportedProblems) return;
    this.reportedProblems = key;
    for (const problem of this.config.blocking)
      console.error(`[soh-elements] ${describeForDevelopers(tagName, problem)}`);
    for (const problem of this.config.warnings)
      console.warn(`[soh-elements] ${describeForDevelopers(tagName, problem)}`);
  }
}
