import {html, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';

/**
 * Shown instead of the form when there is no service to show: `unavailable`, the page named one that is not here
 * (its mistake); `unreachable`, what the form needed could not be fetched (offline), with a way to try again.
 */
export function renderLoadProblem(problem: 'unavailable' | 'unreachable', retry: () => void, msg: Msg): TemplateResult {
  if (problem === 'unavailable') {
    return html`<div class="notice" part="config-problem" tabindex="-1">
      <p>
        ${msg('This form is not available here. To contact the police, call 101. In an emergency, call 999.', {
          id: 'engine.unknown-service',
        })}
      </p>
    </div>`;
  }
  return html`<div class="notice" part="load-problem" tabindex="-1">
    <p>
      ${msg(
        'This form could not be loaded. Check your internet connection and try again. To contact the police, call 101. In an emergency, call 999.',
        {id: 'engine.load-problem'},
      )}
    </p>
    <button type="button" class="button" @click=${retry}>${msg('Try again', {id: 'engine.load-retry'})}</button>
  </div>`;
}
