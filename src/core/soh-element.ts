import {consume} from '@lit/context';
import {LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {loadedForces, loadForces} from '../forces/load-forces.js';
import {speaksWelshByDefault} from '../forces/welsh-by-default.js';
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

  /**
   * Whether this element shows or sends the force's details (its name,
   * national code, country): the table of forces loads with it, and
   * `config.force` holds them (`config.forcePending` until then). Others know
   * the force by its id.
   */
  protected static usesForceDetails = false;

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
    return force && speaksWelshByDefault(force) ? 'cy' : 'en';
  });

  /** The configuration in force, checked; recomputed before each render. */
  protected config: ResolvedConfig = {blocking: [], warnings: []};

  private reportedProblems = '';
  /** Set by {@link loadForceDetails}. */
  private wantsForceDetails = false;

  /** The settings in force, unchecked: the element's own, else those handed down (see config-hand-on.ts). */
  protected get settings(): SohConfigValue {
    return {
      force: this.force || this.inheritedConfig?.force,
      endpoint: this.endpoint || this.inheritedConfig?.endpoint,
    };
  }

  // Wait for the language on the first render so Welsh readers never see
  // English flash past (nor hear it read out).
  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  // `updateComplete` also waits for the table of forces, where the element asked for it.
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.config.forcePending) return result;
    await loadForces().catch(() => undefined);
    return loadedForces() ? this.getUpdateComplete() : result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const {configNeeds} = this.constructor as typeof SohElement;
    const usesForceDetails = (this.constructor as typeof SohElement).usesForceDetails || this.wantsForceDetails;
    const previousForce = this.config.forceId;
    this.config = resolveConfig(
      {force: this.force, endpoint: this.endpoint},
      this.inheritedConfig,
      configNeeds,
      document.baseURI,
      usesForceDetails ? (loadedForces()?.findForce ?? 'pending') : undefined,
    );
    if (this.config.forcePending)
      loadForces().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    this.reportProblemsOnce();
    const forceId = this.config.forceId;
    if (this.renderRoot instanceof ShadowRoot && (previousForce !== forceId || !this.hasUpdated)) {
      void adoptForceTheme(this.renderRoot, forceId).then((known) => {
        // Without the table of forces, the themes are what tell a developer that the id is wrong.
        if (!known && forceId && !usesForceDetails)
          console.warn(
            `[soh-elements] ${describeForDevelopers(this.localName, {kind: 'force-unknown', value: forceId})}`,
          );
      });
    }
    // A force with a Welsh default changes the language of a page that declares none.
    if (previousForce !== forceId) this.i18n.refresh();
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

  /**
   * For an element that needs the force's details only later (a report
   * form: not for its first page): fetches the table of forces now.
   */
  protected loadForceDetails(): void {
    if (this.wantsForceDetails) return;
    this.wantsForceDetails = true;
    this.requestUpdate();
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
