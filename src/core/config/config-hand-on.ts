import {ContextProvider} from '@lit/context';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sohConfigContext, type SohConfigValue} from './config-context.js';

/**
 * Hands an element's settings (force, endpoint) on to the elements inside
 * it, as `<soh-config>` does: a report form's fields and upload take the
 * form's endpoint. Only elements that hold others use it, so the rest never
 * load the context provider.
 */
export class ConfigHandOn implements ReactiveController {
  private readonly provider: ContextProvider<typeof sohConfigContext>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => SohConfigValue,
  ) {
    this.provider = new ContextProvider(host, {context: sohConfigContext, initialValue: {}});
    host.addController(this);
  }

  // As soon as the element is in the page, so the elements inside it (upgraded after it) start with its
  // settings, even while its own first render waits (for its language, or the table of forces).
  hostConnected(): void {
    this.handOn();
  }

  // And before each render, so that elements created by it see any change.
  hostUpdate(): void {
    this.handOn();
  }

  private handOn(): void {
    const next = this.settings();
    const current = this.provider.value;
    if (next.force !== current.force || next.endpoint !== current.endpoint) this.provider.setValue(next);
  }
}
