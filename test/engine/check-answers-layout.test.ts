import {expect, fixture, html} from '@open-wc/testing';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import {until} from '../helpers/fixtures.js';
import {endpoint, root} from '../helpers/report-form-driver.js';

// "Check your answers" laid out as GOV.UK's summary list: key, answer and Change side by side where the list is
// 30em wide or more (the form itself is never wider than 40em), stacked where it is narrower. The list's own width decides, so a form placed in a page's
// narrow column stacks even in a wide window.
async function checkPageIn(width: string): Promise<HTMLElement> {
  const answers = {emergency: 'no', location: 'The park', date: '2026-11-02', description: 'A large party'};
  sessionStorage.setItem('soh:draft:covid-breach', JSON.stringify({at: 'check', answers, editing: {}}));
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}">
      <soh-report-form service="covid-breach" force="essex" endpoint=${endpoint}></soh-report-form>
    </div>`,
  );
  const form = wrapper.querySelector<SohReportForm>('soh-report-form')!;
  await until(() =>
    root(form).querySelector('.summary__row .summary__actions a, .summary__row .summary__actions button'),
  );
  return root(form).querySelector<HTMLElement>('.summary__row')!;
}

const box = (row: HTMLElement, part: string) => row.querySelector(`.summary__${part}`)!.getBoundingClientRect();

describe('check your answers: the summary list', () => {
  afterEach(() => sessionStorage.clear());

  it('puts key, answer and Change in columns, in that order, in a list 30em wide or more', async () => {
    const row = await checkPageIn('48em');
    const [key, value, actions] = [box(row, 'key'), box(row, 'value'), box(row, 'actions')];
    expect(Math.abs(key.top - value.top)).to.be.below(2);
    expect(Math.abs(value.top - actions.top)).to.be.below(2);
    expect(key.right).to.be.at.most(value.left);
    expect(value.right).to.be.at.most(actions.left);
  });

  it('stacks them, each the full width, in a narrower list, whatever the window', async () => {
    const row = await checkPageIn('20em');
    const [key, value, actions] = [box(row, 'key'), box(row, 'value'), box(row, 'actions')];
    expect(value.top).to.be.at.least(key.bottom - 1);
    expect(actions.top).to.be.at.least(value.bottom - 1);
    expect(Math.abs(key.left - value.left)).to.be.below(2);
    expect(Math.abs(key.width - value.width)).to.be.below(2);
  });
});
