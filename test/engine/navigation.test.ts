import {expect} from '@open-wc/testing';
import type {Answers, ServiceDefinition} from '../../src/engine/definition.js';
import {answersInJourney} from '../../src/engine/journey.js';
import {backFrom, continueFrom, firstStep, journeyComplete, removeItem} from '../../src/engine/navigation.js';

const text = (en: string) => ({en, cy: en});

/** A small service: a question, an "add another", a question shown only on one answer. */
const service: ServiceDefinition = {
  id: 'test',
  category: 'TST',
  title: text('Test'),
  draft: 'none',
  whatHappensNext: text('Nothing'),
  pages: [
    {
      id: 'first',
      questions: [
        {
          id: 'colour',
          kind: 'radios',
          label: text('Colour'),
          required: true,
          options: [
            {value: 'red', label: text('Red')},
            {value: 'blue', label: text('Blue')},
          ],
        },
      ],
    },
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
      max: 2,
      questions: [{id: 'name', kind: 'text', label: text('Name'), required: true}],
    },
    {
      id: 'red-only',
      when: {question: 'colour', equals: 'red'},
      questions: [{id: 'shade', kind: 'text', label: text('Shade'), required: true}],
    },
  ],
};

const go = (answers: Answers, at: string, editing = {}) =>
  continueFrom(service, answers, at, {returnToCheck: false, editing});

describe('journey navigation', () => {
  it('goes from the emergency question to the first page, and skips pages whose condition fails', () => {
    expect(go({emergency: 'no'}, 'emergency').at).to.equal('first');
    expect(go({colour: 'blue', 'pets.any': 'no'}, 'pets').at).to.equal('check');
    expect(go({colour: 'red', 'pets.any': 'no'}, 'pets').at).to.equal('red-only');
  });

  it('walks an "add another": first item, the list, another, then on', () => {
    let answers: Answers = {colour: 'blue', 'pets.any': 'yes'};
    let moved = go(answers, 'pets');
    expect(moved.at).to.equal('pets/0');
    moved = go(answers, 'pets/0', {name: 'Rex'});
    expect(moved.at).to.equal('pets/list');
    answers = {...moved.answers, 'pets.another': 'yes'};
    moved = go(answers, 'pets/list');
    expect(moved.at).to.equal('pets/1');
    expect(moved.answers).not.to.have.property('pets.another');
    moved = go(moved.answers, 'pets/1', {name: 'Tibbles'});
    expect(moved.answers.pets).to.deep.equal([{name: 'Rex'}, {name: 'Tibbles'}]);
    expect(go({...moved.answers, 'pets.another': 'no'}, 'pets/list').at).to.equal('check');
  });

  it('never offers more than the most allowed', () => {
    const answers: Answers = {
      colour: 'blue',
      'pets.any': 'yes',
      pets: [{name: 'A'}, {name: 'B'}],
      'pets.another': 'yes',
    };
    expect(go(answers, 'pets/list').at).to.equal('check');
  });

  it('goes back without losing answers, into a list that has items', () => {
    const answers: Answers = {colour: 'red', 'pets.any': 'yes', pets: [{name: 'Rex'}]};
    expect(backFrom(service, answers, 'red-only')).to.equal('pets/list');
    expect(backFrom(service, answers, 'pets/list')).to.equal('pets');
    expect(backFrom(service, answers, 'pets')).to.equal('first');
    expect(backFrom(service, answers, 'first')).to.equal('emergency');
    expect(backFrom(service, {colour: 'blue', 'pets.any': 'no'}, 'check')).to.equal('pets');
  });

  it('starts an application at its first page: it asks no emergency question, and Back never goes before it', () => {
    const application: ServiceDefinition = {...service, sends: 'application'};
    expect(firstStep(service)).to.equal('emergency');
    expect(firstStep(application)).to.equal('first');
    expect(backFrom(application, {colour: 'red'}, 'pets')).to.equal('first');
    expect(backFrom(application, {colour: 'red'}, 'first')).to.equal('first');
  });

  it('asks again whether there are any once the last item is removed', () => {
    const answers: Answers = {colour: 'blue', 'pets.any': 'yes', pets: [{name: 'Rex'}]};
    const moved = removeItem(service, answers, 'pets', 0);
    expect(moved.at).to.equal('pets');
    expect(moved.answers).not.to.have.property('pets.any');
  });

  it('sends only the answers still on the path', () => {
    const answers: Answers = {colour: 'blue', shade: 'crimson', 'pets.any': 'no', pets: [{name: 'Rex'}]};
    expect(answersInJourney(service, answers)).to.deep.equal({colour: 'blue', 'pets.any': 'no'});
    expect(journeyComplete(service, answers)).to.equal(true);
    expect(journeyComplete(service, {colour: 'red', 'pets.any': 'no'})).to.equal(false);
  });
});
