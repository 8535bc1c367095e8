import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../../helpers/keys.js';
import '../../../src/widgets/exit-page/soh-exit-page.js';
import type {SohExitPage} from '../../../src/widgets/exit-page/exit-page.js';
import type {SohExitEvent} from '../../../src/widgets/exit-page/exit-event.js';
import {settled, shadowText} from '../../helpers/fixtures.js';

function statusText(element: SohExitPage): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function button(element: SohExitPage): HTMLButtonElement {
  return element.shadowRoot!.querySelector('button')!;
}

function overlay(element: SohExitPage): HTMLDialogElement {
  return element.shadowRoot!.querySelector('dialog')!;
}

/** Stops the real navigation in these tests; the end-to-end tests check it. */
function stayOnPage(element: SohExitPage): Promise<SohExitEvent> {
  const seen = oneEvent(element, 'soh-exit');
  element.addEventListener('soh-exit', (event) => event.preventDefault(), {once: true});
  return seen as Promise<SohExitEvent>;
}

async function render(markup = html`<soh-exit-page exit-url="https://neutral.example/"></soh-exit-page>`) {
  const element = await fixture<SohExitPage>(markup);
  await settled(element);
  return element;
}

describe('<soh-exit-page>', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('shows a button named "Exit this page" with a hidden "Emergency" for screen readers', async () => {
    const element = await render();
    expect(button(element).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
    expect(button(element).querySelector('.visually-hidden')!.textContent).to.equal('Emergency');
    await expect(element).to.be.accessible();
  });

  it('covers the page, clears what the library stored, and leaves for the exit URL when pressed', async () => {
    sessionStorage.setItem('soh:draft:crime', '{"what":"something"}');
    localStorage.setItem('tus::upload', 'https://endpoint/uploads/1');
    sessionStorage.setItem('host-page-key', 'kept');
    const element = await render();
    const exited = stayOnPage(element);
    button(element).click();
    const event = await exited;
    expect(event.detail).to.deep.equal({url: 'https://neutral.example/', trigger: 'click'});
    expect(overlay(element).open).to.equal(true);
    expect(element.matches(':state(exiting)')).to.equal(true);
    expect(sessionStorage.getItem('soh:draft:crime')).to.equal(null);
    expect(localStorage.getItem('tus::upload')).to.equal(null);
    expect(sessionStorage.getItem('host-page-key')).to.equal('kept');
  });

  it('clears the records that let an unfinished upload carry on: in sessionStorage, and in memory', async () => {
    const {sessionRecords, memoryRecords} = await import('../../../src/fields/media-upload/upload-records.js');
    const record = {
      size: 10,
      metadata: {},
      creationTime: new Date().toString(),
      uploadUrl: 'https://endpoint.example/uploads/1',
      parallelUploadUrls: null,
      urlStorageKey: '',
    };
    await sessionRecords.addUpload('fingerprint', record);
    await memoryRecords.addUpload('fingerprint', record);
    expect(await sessionRecords.findAllUploads()).to.have.length(1);
    expect(await memoryRecords.findAllUploads()).to.have.length(1);
    const element = await render();
    const exited = stayOnPage(element);
    button(element).click();
    await exited;
    expect(await sessionRecords.findAllUploads()).to.deep.equal([]);
    expect(await memoryRecords.findAllUploads()).to.deep.equal([]);
  });

  it('is operated with the keyboard: Tab to it, Enter leaves', async () => {
    const element = await render();
    const exited = stayOnPage(element);
    await sendKeys({press: 'Tab'});
    expect(element.shadowRoot!.activeElement).to.equal(button(element));
    await sendKeys({press: 'Enter'});
    expect((await exited).detail.trigger).to.equal('click');
  });

  it('leaves after Shift is pressed three times, saying how many presses remain', async () => {
    const element = await render();
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    expect(statusText(element)).to.equal('Shift, press 2 more times to exit.');
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    expect(statusText(element)).to.equal('Shift, press 1 more time to exit.');
    const exited = stayOnPage(element);
    await sendKeys({press: 'Shift'});
    expect((await exited).detail.trigger).to.equal('shift');
    await element.updateComplete;
    expect(statusText(element)).to.equal('Leaving this page.');
  });

  it('does not count Shift used for a capital letter, and another key starts the count again', async () => {
    const element = await render();
    let exits = 0;
    element.addEventListener('soh-exit', (event) => {
      exits++;
      event.preventDefault();
    });
    await sendKeys({press: 'Shift'});
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'KeyA'});
    await sendKeys({up: 'Shift'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'KeyB'});
    await sendKeys({press: 'Shift'});
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    expect(exits).to.equal(0);
    expect(statusText(element)).to.equal('Shift, press 1 more time to exit.');
  });

  it('leaves once when the page has two exit controls', async () => {
    const wrapper = await fixture(html`<div><soh-exit-page></soh-exit-page><soh-exit-page></soh-exit-page></div>`);
    const [first, second] = wrapper.querySelectorAll('soh-exit-page');
    await settled(first);
    await settled(second);
    let exits = 0;
    const count = (event: Event) => {
      exits++;
      event.preventDefault();
    };
    wrapper.addEventListener('soh-exit', count);
    for (let press = 0; press < 3; press++) await sendKeys({press: 'Shift'});
    expect(exits).to.equal(1);
    expect(overlay(first).open && overlay(second).open).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it('ignores Escape unless the escape attribute opts in', async () => {
    const element = await render();
    let exits = 0;
    element.addEventListener('soh-exit', (event) => {
      exits++;
      event.preventDefault();
    });
    await sendKeys({press: 'Escape'});
    expect(exits).to.equal(0);
    element.escape = true;
    await sendKeys({press: 'Escape'});
    expect(exits).to.equal(1);
  });

  it('shows the page again when it comes back from the back/forward cache', async () => {
    const element = await render();
    stayOnPage(element);
    button(element).click();
    expect(overlay(element).open).to.equal(true);
    window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
    expect(overlay(element).open).to.equal(false);
    expect(element.matches(':state(exiting)')).to.equal(false);
  });

  it('refuses an exit URL that is not http(s)', async () => {
    const element = await render(html`<soh-exit-page exit-url="javascript:alert(1)"></soh-exit-page>`);
    const exited = stayOnPage(element);
    button(element).click();
    expect((await exited).detail.url).to.equal('https://www.bbc.co.uk/weather');
  });

  it('speaks Welsh inside a Welsh page, with Welsh plurals', async () => {
    const wrapper = await fixture(html`<div lang="cy"><soh-exit-page></soh-exit-page></div>`);
    const element = wrapper.querySelector('soh-exit-page')!;
    await settled(element);
    expect(shadowText(element)).to.contain('Gadael y dudalen');
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    expect(statusText(element)).to.equal('Shift, pwyswch ddwywaith eto i adael.');
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    expect(statusText(element)).to.equal('Shift, pwyswch unwaith eto i adael.');
    await expect(element).to.be.accessible();
  });

  it('passes axe while counting presses and while leaving', async () => {
    const element = await render();
    await sendKeys({press: 'Shift'});
    await element.updateComplete;
    await expect(element).to.be.accessible();
    stayOnPage(element);
    button(element).click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});
