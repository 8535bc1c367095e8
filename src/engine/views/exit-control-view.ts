import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';

/**
 * The exit control, where the person may be watched. A service that shows it only once an answer says so (hate crime,
 * for its victim) loads it then: the element upgrades in place when it arrives.
 */
export function renderExitControl(): TemplateResult {
  if (!customElements.get('soh-exit-page')) void import('../../widgets/exit-page/soh-exit-page.js');
  return html`<soh-exit-page part="exit-page"></soh-exit-page>`;
}

/** Said in the live region when the exit control appears above where the person is working. */
export function exitControlShown(msg: Msg): string {
  return msg(
    'A button to leave this page quickly is now at the top of the page. Nothing you type here will be kept on this device.',
    {id: 'engine.exit-page-shown'},
  );
}
