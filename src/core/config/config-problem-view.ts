import {css, html, type TemplateResult} from 'lit';
import {colorBackground, colorError, colorText, fontFamily, fontSizeBody} from '../../generated/tokens.js';
import type {Msg} from '../localize/translator.js';
import type {ConfigProblem} from './resolve-config.js';

function describeForPeople(problem: ConfigProblem, msg: Msg): string {
  switch (problem.kind) {
    case 'force-missing':
    case 'force-unknown':
      return msg('The website has not said which police force this is for.', {id: 'config.force-problem'});
    case 'endpoint-missing':
    case 'endpoint-invalid':
      return msg('The website has not said where to send what you tell us.', {id: 'config.endpoint-problem'});
  }
}

/**
 * What a person sees instead of an element that cannot work: never a blank
 * space, always what to do instead.
 */
export function renderConfigProblems(problems: ReadonlyArray<ConfigProblem>, msg: Msg): TemplateResult {
  const sentences = [...new Set(problems.map((problem) => describeForPeople(problem, msg)))];
  return html`<div class="config-problem" part="config-problem">
    <p class="config-problem__title">${msg('This service is not available here', {id: 'config.title'})}</p>
    ${sentences.map((sentence) => html`<p>${sentence}</p>`)}
    <p>${msg('To contact the police, call 101. In an emergency, call 999.', {id: 'config.what-to-do'})}</p>
  </div>`;
}

export const configProblemStyles = css`
  .config-problem {
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: 1.4;
    color: ${colorText};
    background: ${colorBackground};
    border-inline-start: 5px solid ${colorError};
    padding: 8px 16px;
  }
  .config-problem__title {
    font-weight: bold;
  }
`;
