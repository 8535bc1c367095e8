import {expect, it} from 'vitest';
import type {EnginePage} from './engines/engine-page.js';
import {inEachEngine} from './engines/engines.js';
import {useSandbox} from './harness.js';
import {Keyboard, textBox} from './keyboard.js';
import {openService} from './service-journeys.js';

// In Welsh, with the keyboard alone, on the demo site and against the real
// sandbox: a person makes each kind of mistake (an answer missing, a date and a
// time half typed, too long an answer, a choice not on the list), reads back
// what the page says, puts it right and goes on. The expected Welsh is written
// here by hand, as a Welsh reader would want it: nothing is built from a label.
const harness = useSandbox();
let page: EnginePage;
let keys: Keyboard;

const next = () => keys.nextPage('Parhau');

interface Shown {
  title: string;
  summary: string[];
  fields: string[];
  count: string;
  heading: string;
}

/** What the form shows now: the error summary (its title and items), each question's own error, the character count. */
function shown(): Promise<Shown> {
  return page.evaluate(() => {
    const form = document.querySelector('soh-report-form')!.shadowRoot!;
    const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const questions = [...form.querySelectorAll('[data-question]')];
    return {
      title: text(form.querySelector('.error-summary__title')),
      summary: [...form.querySelectorAll('.error-summary__list li')].map(text),
      fields: questions.flatMap((question) => {
        const message = question.shadowRoot?.querySelector('[part="error-message"]');
        return message ? [text(message)] : [];
      }),
      count: questions.map((question) => text(question.shadowRoot?.querySelector('[part="count"]'))).join(''),
      heading: text(form.querySelector('h1') ?? questions[0]?.shadowRoot?.querySelector('[role="heading"]')),
    };
  });
}

/** The page's problems, as the summary lists them and as each question repeats them after "Gwall:". */
async function expectProblems(messages: string[]): Promise<void> {
  const now = await shown();
  expect(now.title).toBe('Mae problem');
  expect(now.summary).toEqual(messages);
  expect(now.fields).toEqual(messages.map((message) => `Gwall: ${message}`));
}

inEachEngine(
  (opened) => {
    page = opened;
    keys = new Keyboard(opened);
  },
  () => {
    it('a collision: an answer missing, a date and a time half typed, too long an answer, each said in Welsh', async () => {
      await openService(page, harness.origin, 'road-traffic', 'cy');
      await keys.radio(1); // in danger: no
      await next();
      await next(); // your duty to report

      await next(); // the date and time left empty
      await expectProblems(['Rhowch ddyddiad y gwrthdrawiad', 'Rhowch amser y gwrthdrawiad']);

      await keys.parts('2', '', '2026'); // no month
      await keys.parts('17'); // no minute
      await next();
      await expectProblems([
        'Rhaid i ddyddiad y gwrthdrawiad gynnwys mis',
        'Rhaid i amser y gwrthdrawiad gynnwys munud',
      ]);

      // From the summary, back to the month, then on to the minutes.
      await keys.tabTo(textBox);
      await keys.press('Tab');
      await keys.type('11');
      await keys.press('Tab');
      await keys.press('Tab');
      await keys.press('Tab');
      await keys.type('45');
      await next();
      expect((await shown()).summary).toEqual([]);

      const where = 'Cylchfan Asda, Ffordd Casnewydd. '.repeat(16); // 528 characters, over the 500 allowed
      await keys.text(where);
      expect((await shown()).count).toBe('Mae gennych 28 nod yn ormod');
      await next();
      await expectProblems(['Rhaid i’ch ateb fod yn 500 nod neu lai']);
      await keys.tabTo(textBox);
      await keys.press('Control+End');
      for (let press = 0; press < 28; press++) await keys.press('Backspace');
      expect((await shown()).count).toBe('Mae gennych 0 nod yn weddill');
      await next();
      const after = await shown();
      expect(after.summary).toEqual([]);
      expect(after.heading).toBe('Oes gennych fanylion y cerbydau eraill a oedd yn rhan o hyn?');
    });

    it('a crime: a choice typed that is not on the list, said in Welsh, then put right', async () => {
      await openService(page, harness.origin, 'crime', 'cy');
      await keys.radio(1); // in danger: no
      await next();
      await keys.radio(0); // it happened to me
      await next();
      await keys.text('Cymerodd rhywun fy meic o’r tu allan i’r llyfrgell.');
      await next();
      await keys.parts('3', '11', '2026');
      await next();
      await keys.text('Stryd Fawr, y tu allan i’r llyfrgell');
      await next();
      await keys.radio(1); // on public transport: no
      await next();
      for (let question = 0; question < 5; question++) await keys.radio(1); // a weapon, hurt, threatened, targeted, hate: no
      await next();
      await keys.radio(1); // do you know anything about who did it: no
      await next();
      await keys.radio(1); // did anyone see it: no
      await next();
      await keys.radio(1); // anything stolen or damaged: no
      await next();
      await keys.radio(1); // a vehicle: no
      await next();
      await keys.radio(1); // reported before: no
      await next();
      await keys.text('Alex');
      await keys.text('Example');
      await next();
      await next(); // date of birth: optional
      await keys.address('cm1 1aa');
      await next();
      await keys.radio(0); // by email
      await keys.text('alex@example.com');
      await next();

      // Equality questions, all optional: an ethnic group typed that is not on the list.
      await keys.text('Cymro');
      await next();
      await expectProblems(['Dewiswch opsiwn o’r rhestr']);
      await keys.tabTo(textBox);
      await keys.press('Control+End');
      for (let press = 0; press < 'Cymro'.length; press++) await keys.press('Backspace');
      await next();
      const after = await shown();
      expect(after.summary).toEqual([]);
      expect(after.heading).toBe('Gwiriwch eich atebion cyn anfon eich adroddiad');
    });
  },
);
