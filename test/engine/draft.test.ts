import {expect} from '@open-wc/testing';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {DraftStore} from '../../src/engine/draft.js';

const text = (en: string) => ({en, cy: en});

function service(draft: 'session' | 'none'): ServiceDefinition {
  return {
    id: 'drafty',
    category: 'TST',
    title: text('Test'),
    draft,
    whatHappensNext: text('Nothing'),
    pages: [
      {id: 'open', questions: [{id: 'colour', kind: 'text', label: text('Colour')}]},
      {id: 'private', draft: false, questions: [{id: 'secret', kind: 'text', label: text('Secret')}]},
    ],
  };
}

describe('drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('keep answers in sessionStorage, but never those of a page marked draft: false', () => {
    const store = new DraftStore(service('session'));
    store.write({answers: {colour: 'red', secret: 'my new address'}, at: 'private', editing: {}});
    const stored = sessionStorage.getItem('soh:draft:drafty')!;
    expect(stored).to.contain('red');
    expect(stored).not.to.contain('my new address');
    expect(new DraftStore(service('session')).read()!.answers).to.deep.equal({colour: 'red'});
  });

  it('keep nothing on the device for a service whose draft is none', () => {
    const store = new DraftStore(service('none'));
    store.write({answers: {colour: 'red'}, at: 'open'});
    expect(sessionStorage.length).to.equal(0);
    expect(store.read()).to.equal(undefined);
  });

  it('keep nothing more, and remove what was kept, once the answers say the person may be watched', () => {
    const watchedWhenVictim: ServiceDefinition = {
      ...service('session'),
      exitPage: {question: 'colour', equals: 'victim'},
    };
    const store = new DraftStore(watchedWhenVictim);
    store.write({answers: {colour: 'witness'}, at: 'open'});
    expect(sessionStorage.getItem('soh:draft:drafty')).to.contain('witness');
    store.write({answers: {colour: 'victim'}, at: 'private'});
    expect(sessionStorage.length).to.equal(0);
    expect(store.read()).to.equal(undefined);
  });

  it('keep nothing for a service that always shows the exit control, whatever its draft says', () => {
    const store = new DraftStore({...service('session'), exitPage: true});
    store.write({answers: {colour: 'red'}, at: 'open'});
    expect(sessionStorage.length).to.equal(0);
  });

  it('are cleared', () => {
    const store = new DraftStore(service('session'));
    store.write({answers: {colour: 'red'}, at: 'open'});
    store.clear();
    expect(sessionStorage.getItem('soh:draft:drafty')).to.equal(null);
  });
});
