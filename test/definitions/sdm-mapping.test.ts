import {describe, expect, it} from 'vitest';
import type {SdmMapping} from '../../src/engine/definition.js';
import {declaredSdm} from '../../src/engine/sdm-mapping.js';
import {sdmModel} from '../../src/generated/sdm-model.js';
import {sdmBreaches} from '../../src/sdm/conformance.js';

// A definition's declared SDM mapping, turned into the document the endpoint receives, with no code of the
// service's own.

const context = {
  forceCode: '42',
  submissionId: 'b5d0c6a2-6c1e-4f3a-9d1b-0e2f4a6c8e10',
  submitTime: '2026-11-20T15:02:11+00:00',
  userAgent: 'Mozilla/5.0',
  submissionContent: 'Where: The park\nWhen: 2 November 2026\nWhat: A large party',
};

/** Ids 1, 2, 3… in the order the entities are made. */
function counting(): () => string {
  let next = 0;
  return () => String(++next);
}

describe('declaredSdm', () => {
  const mapping: SdmMapping = {
    incident: {
      incidentDescription: {answer: 'description'},
      incidentApproximateDate: {answer: 'date'},
      incidentExactTimeKnown: {value: false},
      incidentStillHappening: {answer: 'ongoing', equals: 'yes'},
    },
    entities: [
      {type: 'location', relationship: 'incidentLocation', attributes: {locationDetails: {answer: 'location'}}},
      {
        type: 'person',
        relationship: 'witness',
        forEach: 'witnesses',
        when: {question: 'witnesses.any', equals: 'yes'},
        attributes: {personDescription: {answer: 'description'}},
      },
    ],
  };

  it('makes the incident, its entities and the submission, in the published SDM’s names', () => {
    const document = declaredSdm(
      {category: 'CVD', sdm: mapping},
      {description: 'A large party', date: '2026-11-02', ongoing: 'no', location: 'The park', 'witnesses.any': 'no'},
      context,
      counting(),
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data).toEqual({
      type: 'incident',
      id: '1',
      attributes: {
        incidentDescription: 'A large party',
        incidentApproximateDate: '2026-11-02',
        incidentExactTimeKnown: false,
        incidentStillHappening: false,
      },
      relationships: {
        incidentLocation: {data: [{type: 'location', id: '2'}]},
        submission: {data: [{type: 'submission', id: '3'}]},
      },
    });
    expect(document.included.map(({type, attributes}) => ({type, attributes}))).toEqual([
      {type: 'location', attributes: {locationDetails: 'The park'}},
      {
        type: 'submission',
        attributes: {
          forceIdentifier: 42,
          category: 'CVD',
          submissionId: context.submissionId,
          submitTime: context.submitTime,
          userAgent: context.userAgent,
          submissionContent: context.submissionContent,
        },
      },
    ]);
  });

  it('makes one entity for each item of a repeat page, when its condition holds, and none that would say nothing', () => {
    const document = declaredSdm(
      {category: 'CVD', sdm: mapping},
      {
        description: 'A large party',
        ongoing: 'yes',
        'witnesses.any': 'yes',
        witnesses: [{description: 'Tall, red coat'}, {description: ''}, {description: 'A child'}],
      },
      context,
      counting(),
    );
    expect(sdmBreaches(document, sdmModel)).toEqual([]);
    expect(document.data.attributes).toEqual({
      incidentDescription: 'A large party',
      incidentExactTimeKnown: false,
      incidentStillHappening: true,
    });
    // No location was given: no location entity. The witness with no description: no entity.
    expect(document.data.relationships?.incidentLocation).toBeUndefined();
    const witnesses = document.data.relationships!.witness.data.map(
      ({id}) => document.included.find((entity) => entity.id === id)!.attributes,
    );
    expect(witnesses).toEqual([{personDescription: 'Tall, red coat'}, {personDescription: 'A child'}]);
  });

  it('leaves out a repeat page’s entities when its condition does not hold, whatever items are kept', () => {
    const document = declaredSdm(
      {category: 'CVD', sdm: mapping},
      {description: 'A large party', 'witnesses.any': 'no', witnesses: [{description: 'Left from before'}]},
      context,
      counting(),
    );
    expect(document.data.relationships?.witness).toBeUndefined();
    expect(JSON.stringify(document)).not.toContain('Left from before');
  });
});
