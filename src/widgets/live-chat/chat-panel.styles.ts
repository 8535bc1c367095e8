import {css} from 'lit';
import {
  colorBackground,
  colorBackgroundSubtle,
  colorBrand,
  colorError,
  colorOnBrand,
  colorText,
  colorTextSecondary,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space2,
  space3,
} from '../../generated/tokens.js';

/*
 * One rule a line: Lit ships a style's text as written, and the chat has a
 * size budget. Above the page, in the corner; the whole screen on a small
 * phone (reflow at 320 px).
 */
// prettier-ignore
export const chatPanelStyles = css`
:host { position: fixed; inset-block-end: ${space3}; inset-inline-end: ${space3}; z-index: 2147483000; width: min(26rem, calc(100vw - 2 * ${space3})); max-height: min(42rem, calc(100vh - 2 * ${space3})); display: flex; font-family: ${fontFamily}; font-size: ${fontSizeBody}; line-height: 1.3; color: ${colorText}; }
:host(:not([open])) { display: none; }
@media (max-width: 30rem) { :host { inset: 0; width: auto; max-height: none; } }
.panel { display: flex; flex-direction: column; width: 100%; border: 2px solid ${colorText}; background: ${colorBackground}; }
.panel__header { display: flex; flex-wrap: wrap; gap: ${space2}; align-items: center; padding: ${space2} ${space3}; color: ${colorOnBrand}; background: ${colorBrand}; }
.panel__title { flex: 1; margin: 0; font-size: 1.2em; }
.panel__title:focus { outline: none; }
.panel__minimise { color: inherit; }
.panel__body { overflow-y: auto; padding: ${space3}; }
.lead, .message__who, .problem, .compose__label { font-weight: ${fontWeightBold}; }
.log { margin: 0 0 ${space2}; padding: 0; list-style: none; }
.message { display: flex; flex-direction: column; max-width: 85%; margin-block-end: ${space2}; padding: ${space2}; overflow-wrap: anywhere; white-space: pre-wrap; background: ${colorBackgroundSubtle}; border: 1px solid transparent; }
.message--person { margin-inline-start: auto; border-inline-end: 4px solid ${colorBrand}; }
.message--agent { border-inline-start: 4px solid ${colorTextSecondary}; }
.message__meta, .typing, .chat-status { color: ${colorTextSecondary}; font-size: 0.85em; }
.typing { min-height: 1.3em; margin: 0; }
.problem { color: ${colorError}; }
.compose__label { display: block; }
textarea, #name { box-sizing: border-box; width: 100%; padding: ${space2}; border: 2px solid ${colorText}; font: inherit; }
textarea:focus, #name:focus { outline: 3px solid ${colorBrand}; outline-offset: 0; }
textarea[aria-invalid='true'] { border-color: ${colorError}; }
.panel__actions { display: flex; flex-wrap: wrap; gap: ${space3}; }
.link-button[aria-pressed='true']::after { content: ' ✓'; }
@media (forced-colors: active) { .message { border-color: CanvasText; } }
`;
