import {css} from 'lit';
import {
  borderWidthControl,
  colorBorderControl,
  colorError,
  colorFocus,
  colorTextSecondary,
  fontFamily,
  fontSizeBody,
  fontWeightBold,
  space1,
  space2,
  space3,
  space4,
  targetMinSize,
} from '../../generated/tokens.js';

/**
 * The look of the empty element: its question, the drop zone around the
 * file picker, and what was refused. The list of files has its own, loaded
 * with the first file (upload-list-styles.ts).
 */
export const uploadStyles = css`
  :host {
    display: block;
    font-family: ${fontFamily};
    font-size: ${fontSizeBody};
    line-height: 1.3;
  }
  .label {
    display: block;
    font-weight: ${fontWeightBold};
    font-size: 1.2em;
    margin-block-end: ${space1};
  }
  .hint {
    color: ${colorTextSecondary};
    margin: 0 0 ${space2};
  }
  .drop-zone {
    padding: ${space4};
    border: ${borderWidthControl} dashed ${colorBorderControl};
  }
  :host(:state(dragging)) .drop-zone {
    border-style: solid;
    outline: 3px solid ${colorFocus};
  }
  .picker {
    font: inherit;
    max-width: 100%;
  }
  .picker::file-selector-button {
    min-height: ${targetMinSize};
    padding: 0 ${space3};
    margin-inline-end: ${space2};
    font: inherit;
    font-weight: ${fontWeightBold};
    cursor: pointer;
  }
  .picker:focus-visible {
    outline: 3px solid ${colorFocus};
    outline-offset: 2px;
  }
  .refusals {
    margin: ${space2} 0;
    padding-inline-start: ${space2};
    border-inline-start: 5px solid ${colorError};
    color: ${colorError};
    font-weight: ${fontWeightBold};
  }
  .refusals p {
    margin: 0 0 ${space1};
  }
`;
