import {css} from 'lit';
import {
  borderWidthControl,
  colorBorderControl,
  colorBrand,
  fontWeightBold,
  space1,
  space2,
  space3,
  targetMinSize,
} from '../../generated/tokens.js';

/**
 * The look of the list of files and of the notice after a reload: adopted
 * with the first file (or the first notice), so the empty element stays small.
 */
export const uploadListStyles = css`
  .interrupted {
    margin: ${space2} 0;
    padding: ${space2};
    border-inline-start: 5px solid ${colorBrand};
  }
  .interrupted p {
    margin: 0 0 ${space1};
  }
  .files {
    list-style: none;
    margin: ${space3} 0 0;
    padding: 0;
  }
  .file {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${space2};
    padding-block: ${space3};
    border-block-end: 1px solid ${colorBorderControl};
    overflow-wrap: anywhere;
  }
  .thumbnail {
    width: 64px;
    height: 64px;
    object-fit: cover;
  }
  .no-thumbnail {
    width: 64px;
  }
  .name {
    font-weight: ${fontWeightBold};
  }
  .bar {
    display: block;
    width: 100%;
    height: 12px;
    margin: ${space1} 0;
    accent-color: ${colorBrand};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${space3};
  }
  .caption {
    display: block;
    margin-block-start: ${space1};
  }
  .caption input {
    box-sizing: border-box;
    width: 100%;
    min-height: ${targetMinSize};
    font: inherit;
    border: ${borderWidthControl} solid ${colorBorderControl};
  }
`;
