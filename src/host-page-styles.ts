import {exitPageHeight} from './widgets/exit-page/exit-page-height.js';

/**
 * The style sheet a host page links in its `<head>` (`dist/soh-elements.css`,
 * written by scripts/build-host-page-css.ts): the space an element takes,
 * held for it before its code has arrived, where that space is known in
 * advance. Without it, the exit control, first in the page, would push the
 * whole page down as it appears, under the reader's eyes or finger.
 *
 * Only elements whose size does not depend on their content are here: a
 * form's or a list's height depends on its service, language and width.
 */
export const hostPageStyles = `soh-exit-page:not(:defined) {
  display: block;
  block-size: ${exitPageHeight.cssText};
}
`;
