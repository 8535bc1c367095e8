import type {Journey} from '../service-journeys.js';
import {aboutMe, notInDanger} from '../journey-steps.js';

/** A found phone, reported by its finder, who still has it. */
export const journey: Journey = {
  service: 'found-property',
  category: 'FND',
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: lost property, premises, hazardous finds
    await person.radio(0); // a phone or other device that can hold data
    await next();
    await person.text('A black phone in a red case');
    await next();
    await person.text('A bench in Central Park, Chelmsford');
    await next();
    await person.parts('2', '11', '2026');
    await next();
    await person.radio(1); // the owner's details on it: no
    await next();
    await person.radio(0); // I have it
    await next();
    await aboutMe(person, next);
  },
  expected: {
    incidentDescription: 'A black phone in a red case',
    incidentApproximateDate: '2026-11-02',
    incidentExactTimeKnown: false,
  },
  submissionContent: [
    'Report found property',
    'Kind of item: A phone, tablet, laptop or other device that can hold data',
    'Who has it now: I have it',
  ],
};
