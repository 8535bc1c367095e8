import {Controls, Description, Heading, Primary, Stories, Subtitle, Title} from '@storybook/addon-docs/blocks';
import {createElement, Fragment} from 'react';

/**
 * Each element's docs page: what it is and its controls, then every state
 * side by side in a grid (.storybook/preview-head.html lays it out), so a
 * designer compares the states of one element at a glance rather than
 * scrolling a column of them.
 */
export function StatesGridDocsPage() {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Subtitle),
    createElement(Description),
    createElement(Primary),
    createElement(Controls),
    createElement(Heading, null, 'Every state'),
    createElement(
      'div',
      {className: 'soh-states-grid'},
      // No heading of its own: the one above names the grid, outside it.
      createElement(Stories, {title: createElement(Fragment)}),
    ),
  );
}
