import {expect} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {settled, until} from '../helpers/fixtures.js';
import {endpoint, heading, root} from '../helpers/report-form-driver.js';

// A report's first page is the emergency question, the same for every report: the form shows it at once, while the
// service's definition loads (a round trip or two), rather than "Loading". Each test uses a service no other test in
// this file has loaded, so that its definition is still on its way when the form first renders.
/**
 * The form, added to the page and rendered once, in microtasks only (a fixture would wait a frame): its service's
 * module, fetched and run in tasks of their own, cannot have arrived yet.
 */
async function mount(service: string): Promise<SohReportForm> {
  const wrapper = Object.assign(document.createElement('div'), {lang: 'en'});
  const form = document.createElement('soh-report-form');
  form.setAttribute('service', service);
  form.setAttribute('force', 'essex');
  form.setAttribute('endpoint', endpoint);
  wrapper.append(form);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await form.updateComplete;
  return form;
}

const mounted: HTMLElement[] = [];

describe('<soh-report-form>: the first page ahead of the service', () => {
  afterEach(() => {
    sessionStorage.clear();
    mounted.splice(0).forEach((wrapper) => wrapper.remove());
  });

  it('asks the emergency question on its first render, keeps the answer given before the service loads, and Continue waits for it', async () => {
    const form = await mount('asb');
    // The first render, before the definition's module can have arrived: the question, not "Loading".
    const question = root(form).querySelector<HTMLElement & {value: string; updateComplete: Promise<boolean>}>(
      'soh-yes-no[data-question="emergency"]',
    );
    expect(question, root(form).textContent!.trim().slice(0, 60)).to.not.equal(null);
    expect(root(form).querySelector('.back-link')).to.equal(null);
    // Answered and sent on at once, in microtasks only: the definition's module (fetched in a task) is not here yet.
    question!.value = 'no';
    question!.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
    await question!.updateComplete;
    const fetched = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/asb/'));
    expect(fetched()).to.deep.equal([]);
    root(form).querySelector('form')!.requestSubmit();
    // The next page's field loads after the definition: its label is the page's heading.
    await until(() => {
      try {
        return heading(form) === 'What is happening?';
      } catch {
        return false;
      }
    });
    expect(fetched()).to.not.deep.equal([]);
    await settled(form);
    // The answer given before the service loaded is one of the report's answers: Back shows it chosen.
    root(form).querySelector<HTMLButtonElement>('.back-link')!.click();
    await until(() => root(form).querySelector('soh-yes-no[data-question="emergency"]'));
    expect(root(form).querySelector<HTMLElement & {value: string}>('soh-yes-no')!.value).to.equal('no');
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
    await expect(form).to.be.accessible();
  });

  it('keeps a person who says yes after pressing Continue on the page, with how to get help', async () => {
    const form = await mount('spiking');
    const question = root(form).querySelector<HTMLElement & {value: string; updateComplete: Promise<boolean>}>(
      'soh-yes-no[data-question="emergency"]',
    )!;
    const answer = async (value: string) => {
      question.value = value;
      question.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
      await question.updateComplete;
    };
    await answer('no');
    root(form).querySelector('form')!.requestSubmit();
    await form.updateComplete;
    // Said, not only waited for: the next page is on its way.
    expect(root(form).querySelector('[aria-live]')!.textContent).to.contain('Loading');
    await answer('yes');
    expect(root(form).querySelector('[aria-live]')!.textContent).to.not.contain('Loading');
    // Once the service has loaded (and a moment after), the person is still on the page, told how to get help.
    // (Read from the form itself: nothing on the page changes when the service arrives, which is the point.)
    await until(() => (form as unknown as {module?: unknown}).module !== undefined);
    await settled(form);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(root(form).querySelector('soh-yes-no[data-question="emergency"]')).to.not.equal(null);
    expect(root(form).querySelector('[part="emergency"]')!.textContent).to.contain('999');
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
  });

  it('waits for the service when a draft may reopen a later page, rather than show the first page and jump', async () => {
    sessionStorage.setItem('soh:draft:road-traffic', JSON.stringify({at: 'emergency', answers: {emergency: 'no'}}));
    const form = await mount('road-traffic');
    expect(root(form).querySelector('soh-yes-no')).to.equal(null);
    await until(() => root(form).querySelector('soh-yes-no[data-question="emergency"]'));
    expect(root(form).querySelector<HTMLElement & {value: string}>('soh-yes-no')!.value).to.equal('no');
  });
});
