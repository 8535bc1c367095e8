import {expect} from '@open-wc/testing';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {DraftStore} from '../../src/engine/draft.js';
import {ReportJourney} from '../../src/engine/report-journey.js';

const text = (en: string) => ({en, cy: en});

/** A question, then an "add another" of names. */
const service: ServiceDefinition = {
  id: 'journeyed',
  category: 'TST',
  title: text('Test'),
  draft: 'session',
  whatHappensNext: text('Nothing'),
  pages: [
    {id: 'first', questions: [{id: 'colour', kind: 'text', label: text('Colour'), required: true}]},
    {
      kind: 'repeat',
      id: 'pets',
      ask: text('Any pets?'),
      askRequiredMessage: text('Say'),
      askAnswers: {yes: text('Yes'), no: text('No')},
      itemTitle: text('Pet'),
      itemName: text('Pet'),
      listTitle: text('Pets'),
      addAnother: text('Another?'),
      summaryQuestion: 'name',
      max: 3,
      questions: [{id: 'name', kind: 'text', label: text('Name'), required: true}],
    },
  ],
};

/** A journey on the service, counting the re-renders it asks for. */
function open(): {journey: ReportJourney; updates: () => number} {
  let updates = 0;
  const journey = new ReportJourney({requestUpdate: () => (updates += 1)});
  const draft = new DraftStore(service);
  journey.open(service, draft, draft.read());
  return {journey, updates: () => updates};
}

/** Answers the page shown and presses Continue, as the form does once the page's fields are valid. */
function answerAndContinue(journey: ReportJourney, questionId: string, value: string): void {
  journey.answer(questionId, value);
  journey.continue();
}

describe('the report journey', () => {
  afterEach(() => sessionStorage.clear());

  it('starts at the emergency question with no Back, and moves on with the answers it is given', () => {
    const {journey, updates} = open();
    expect(journey.at).to.equal('emergency');
    expect(journey.atStart).to.equal(true);
    answerAndContinue(journey, 'emergency', 'no');
    expect(journey.step).to.deep.equal({kind: 'page', pageId: 'first'});
    expect(journey.atStart).to.equal(false);
    expect(updates()).to.be.greaterThan(2);
  });

  it('keeps a copy of each answer, not the field’s own array', () => {
    const {journey} = open();
    const chosen = ['a'];
    journey.answer('colour', chosen);
    chosen.push('b');
    expect(journey.answers.colour).to.deep.equal(['a']);
  });

  it('reopens where the draft left it, with the same submission id', () => {
    const first = open().journey;
    answerAndContinue(first, 'emergency', 'no');
    first.answer('colour', 'red');
    const again = open().journey;
    expect(again.at).to.equal('first');
    expect(again.answers).to.deep.equal({emergency: 'no', colour: 'red'});
    expect(again.submissionId).to.equal(first.submissionId);
  });

  it('starts again, every answer kept, when the draft names a step the definition no longer has', () => {
    for (const at of ['renamed-page', 'first/list', 'colour/0']) {
      sessionStorage.setItem('soh:draft:journeyed', JSON.stringify({at, answers: {emergency: 'no', colour: 'red'}}));
      const {journey} = open();
      expect(journey.at, at).to.equal('emergency');
      expect(journey.answers).to.deep.equal({emergency: 'no', colour: 'red'});
    }
    sessionStorage.setItem('soh:draft:journeyed', JSON.stringify({at: 'pets/list', answers: {colour: 'red'}}));
    expect(open().journey.at).to.equal('pets/list');
  });

  it('answers on an item page go to the item being edited until Continue puts it in the list', () => {
    const {journey} = open();
    answerAndContinue(journey, 'emergency', 'no');
    answerAndContinue(journey, 'colour', 'red');
    answerAndContinue(journey, 'pets.any', 'yes');
    expect(journey.at).to.equal('pets/0');
    journey.answer('name', 'Rex');
    expect(journey.editing).to.deep.equal({name: 'Rex'});
    expect(journey.answers).not.to.have.property('name');
    journey.continue();
    expect(journey.at).to.equal('pets/list');
    expect(journey.answers.pets).to.deep.equal([{name: 'Rex'}]);
    journey.change('pets/0');
    expect(journey.editing, 'changing an item starts from its answers').to.deep.equal({name: 'Rex'});
  });

  it('after a Change link, Continue goes back to check your answers, once', () => {
    const {journey} = open();
    answerAndContinue(journey, 'emergency', 'no');
    answerAndContinue(journey, 'colour', 'red');
    answerAndContinue(journey, 'pets.any', 'no');
    expect(journey.at).to.equal('check');
    journey.change('first');
    expect(journey.returnToCheck).to.equal(true);
    journey.continue();
    expect(journey.at).to.equal('check');
    expect(journey.returnToCheck).to.equal(false);
  });

  it('keeps nothing on the device once finished', () => {
    const {journey} = open();
    journey.answer('emergency', 'no');
    expect(sessionStorage.getItem('soh:draft:journeyed')).to.contain('emergency');
    journey.finish();
    expect(journey.step.kind).to.equal('sent');
    expect(sessionStorage.getItem('soh:draft:journeyed')).to.equal(null);
  });
});
