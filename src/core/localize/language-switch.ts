import {css, html, type TemplateResult} from 'lit';
import {
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  colorLink,
  colorText,
  fontFamily,
  fontSizeSmall,
  fontWeightBold,
  space1,
  targetMinSize,
} from '../../generated/tokens.js';
import type {LocaleCode} from './locales.js';
import type {Msg} from './translator.js';

export type SwitchableLanguage = 'en' | 'cy';

/**
 * English / Cymraeg, each name in its own language (and marked so, for
 * screen readers), the current one pressed.
 */
export function renderLanguageSwitch(
  current: LocaleCode,
  choose: (language: SwitchableLanguage) => void,
  msg: Msg,
): TemplateResult {
  const option = (language: SwitchableLanguage, name: string) => {
    const pressed = language === 'cy' ? current === 'cy' : current !== 'cy';
    return html`<button
      type="button"
      class="language-switch__option"
      lang=${language}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => choose(language)}
    >
      ${name}
    </button>`;
  };
  return html`<div
    class="language-switch"
    part="language-switch"
    role="group"
    aria-label=${msg('Language', {id: 'language-switch.label'})}
  >
    ${option('en', 'English')} ${option('cy', 'Cymraeg')}
  </div>`;
}

export const languageSwitchStyles = css`
  .language-switch {
    display: flex;
    justify-content: flex-end;
    gap: ${space1};
    font-family: ${fontFamily};
    font-size: ${fontSizeSmall};
  }
  .language-switch__option {
    min-height: ${targetMinSize};
    min-width: ${targetMinSize};
    padding: 0 ${space1};
    border: 0;
    background: none;
    font: inherit;
    color: ${colorLink};
    text-decoration: underline;
    cursor: pointer;
  }
  .language-switch__option[aria-pressed='true'] {
    color: ${colorText};
    font-weight: ${fontWeightBold};
    text-decoration: none;
  }
  .language-switch__option:focus-visible {
    outline: 3px solid transparent;
    color: ${colorFocusText};
    background: ${colorFocus};
    box-shadow: 0 4px 0 ${colorFocusIndicator};
    text-decoration: none;
  }
`;
