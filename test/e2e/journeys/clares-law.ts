import {safeByPhoneInTheMornings} from '../journey-steps.js';
import type {Journey} from '../service-journeys.js';

/**
 * For someone else (a friend worried about her partner): the person at risk, the subject, the applicant's own
 * details, and the ways and times it is safe to contact them. An application: no emergency question.
 */
export const journey: Journey = {
  service: 'clares-law',
  category: 'DVD',
  leavesNothing: true,
  sends: 'application',
  async fill(person, next) {
    await next(); // before you start: not for reporting, who is told, what to have ready, leaving quickly
    await person.radio(1); // for someone else
    await next();
    await person.text('Sam Example');
    await person.radio(1); // a friend
    await person.text('Her mobile, after 6pm. She knows I am asking.');
    await next();
    await person.text('Jo Bloggs');
    await person.text('Joe Smith');
    await person.radio(0); // her partner
    await next();
    await person.parts('1', '2', '1990');
    await next(); // age in words: optional, left out
    await person.text('4 Example Street, Chelmsford');
    await next(); // earlier addresses: optional, left out
    await person.text('He checks her phone and will not let her see her friends.');
    await next();
    await person.text('Alex Example');
    await person.parts('3', '4', '1980');
    await next();
    await person.address('CM1 1AA');
    await next();
    await safeByPhoneInTheMornings(person, next); // then anything more about safe contact: optional, left out
  },
  expected: {incidentDescription: 'He checks her phone and will not let her see her friends.'},
  submissionContent: [
    'Ask for information under Clare’s Law',
    'Asking for: Someone else',
    'Who they are to the person at risk: Their partner',
    'Message may be left: No',
  ],
};
