import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {LitElement} from 'lit';
import {settled} from '../helpers/fixtures.js';
// @ts-expect-error a virtual module the test runner serves: the real sandbox endpoint
import {sandboxUrl} from '/__sandbox.js';

// One typography for every element that shows text of its own, from the theme's tokens: a host page's font,
// size, line height and colour never reach it (the page here sets all four, badly).
const hostile = 'font: 40px/3 "Times New Roman", serif; color: rgb(255, 0, 0)';

const elements: Array<[string, ReturnType<typeof html>]> = [
  ['soh-report-form', html`<soh-report-form service="crime"></soh-report-form>`],
  ['soh-payment', html`<soh-payment></soh-payment>`],
  ['soh-report-status', html`<soh-report-status></soh-report-status>`],
  ['soh-service-list', html`<soh-service-list></soh-service-list>`],
  ['soh-media-upload', html`<soh-media-upload></soh-media-upload>`],
  ['soh-force-picker', html`<soh-force-picker></soh-force-picker>`],
  ['soh-text-field', html`<soh-text-field name="email" label="Email address"></soh-text-field>`],
  ['soh-date-input', html`<soh-date-input name="when" label="When did it happen?"></soh-date-input>`],
  ['soh-radios', html`<soh-radios name="how" label="How?" .options=${[{value: 'a', label: 'A'}]}></soh-radios>`],
];

describe('typography from the theme, whatever the host page sets', () => {
  for (const [tag, markup] of elements) {
    it(`<${tag}>: the theme's font family, size, line height and text colour`, async () => {
      const page = await fixture(
        html`<div style=${hostile}><soh-config force="essex" endpoint=${sandboxUrl}>${markup}</soh-config></div>`,
      );
      const element = page.querySelector<LitElement>(tag)!;
      await settled(element);
      const style = getComputedStyle(element);
      expect(style.fontFamily, 'font family').to.match(/^Arial/);
      expect(style.fontSize, 'font size').to.equal('19px');
      expect(style.lineHeight, 'line height').to.not.equal('120px');
      expect(style.color, 'text colour').to.equal('rgb(11, 12, 12)');
    });
  }
});
