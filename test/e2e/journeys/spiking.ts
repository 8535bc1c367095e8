import type {Journey} from '../service-journeys.js';
import {aboutMe, notInDanger} from '../journey-steps.js';

/** Someone who thinks their drink was spiked at a pub, and has not had a test. */
export const journey: Journey = {
  service: 'spiking',
  category: 'SPK',
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: 999 if unwell now, report even without evidence
    await person.radio(0); // I think I was spiked
    await next();
    await person.checkbox(); // in a drink
    await next();
    await person.parts('2', '11', '2026');
    await next(); // the time: optional
    await person.text('The Crown, High Street, Chelmsford');
    await next();
    await person.text('I had two drinks and felt very drunk very quickly');
    await next();
    await person.text('I was sick and cannot remember getting home');
    await next();
    await person.radio(3); // a test: no
    await next();
    await next(); // who did it: optional
    await aboutMe(person, next);
  },
  expected: {
    incidentDescription: 'I had two drinks and felt very drunk very quickly',
    incidentInfluencedByDrugsOrAlcohol: true,
    incidentInfluencedByDrugsOrAlcoholDetails: 'I was sick and cannot remember getting home',
    incidentInvolvement: 'IVLD_0001',
    incidentApproximateDate: '2026-11-02',
  },
  submissionContent: [
    'Report spiking',
    'How you are involved: I think I was spiked',
    'How it was done: In a drink',
    'Had a drug test: No',
  ],
};
