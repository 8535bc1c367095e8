import {notInDanger} from '../journey-steps.js';
import type {Journey} from '../service-journeys.js';

/** Anonymous, for themselves: no page about the person, and the report says it is anonymous. */
export const journey: Journey = {
  service: 'sexual-offences',
  category: 'RSA',
  leavesNothing: true,
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: danger, history, leaving quickly
    await next(); // help whether or not you report
    await person.radio(0); // it happened to me
    await next();
    await person.radio(1); // stay anonymous
    await next();
    await person.text('Someone I met at a party touched me without my consent.');
    await next();
    await person.parts('2', '11', '2026');
    await next();
    await person.text('A house party on Example Road');
    await next();
    await person.radio(0); // know who did it: yes
    await person.text('A friend of a friend, called Sam');
    await next();
    await person.radio(1); // been to a SARC: no
    await next();
  },
  expected: {
    incidentDescription: 'Someone I met at a party touched me without my consent.',
    incidentApproximateDate: '2026-11-02',
    incidentInvolvement: 'IVLD_0001',
  },
  submissionContent: [
    'Report rape, sexual assault or other sexual offences',
    'This report is anonymous',
    'How you are involved: It happened to me',
  ],
};
