import {createElement, type ComponentType} from 'react';
import {flushSync} from 'react-dom';
import {createRoot} from 'react-dom/client';
import {afterEach, expect, it} from 'vitest';
import {SohPaymentCompleteEvent} from '../../src/widgets/payment/payment-complete-event.js';

// The generated React wrappers in a real React 19 tree, in Chromium: props
// reach the element as properties, and the library's events reach on… props.
// The built wrappers, as `soh-elements/react` ships them (npm test builds before this runs; the type check
// runs before the build, so the import is not one TypeScript follows).
const built = '../../dist/react/index.js';
const {SohPayment} = (await import(/* @vite-ignore */ built)) as {SohPayment: ComponentType<Record<string, unknown>>};

const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);
afterEach(() => flushSync(() => root.render(null)));

it('renders the element, sets its properties, and hands its events to on… props', async () => {
  const completed: unknown[] = [];
  flushSync(() =>
    root.render(
      createElement(SohPayment, {
        reference: 'HXR7-3KQ9',
        items: 'firearm-grant',
        onSohPaymentComplete: (event: SohPaymentCompleteEvent) => completed.push(event.detail),
      }),
    ),
  );
  const element = container.querySelector('soh-payment') as HTMLElement & {reference: string; items: string};
  expect(element).not.toBeNull();
  await customElements.whenDefined('soh-payment');
  expect(element.reference).toBe('HXR7-3KQ9');
  expect(element.items).toBe('firearm-grant');
  element.dispatchEvent(new SohPaymentCompleteEvent({reference: 'HXR7-3KQ9', receipt: 'KQ9H-XR7M', amount: 19800}));
  expect(completed).toEqual([{reference: 'HXR7-3KQ9', receipt: 'KQ9H-XR7M', amount: 19800}]);
});
