import {safeByPhoneInTheMornings} from '../journey-steps.js';
import type {Journey} from '../service-journeys.js';

/**
 * A parent asking about her new partner: her own details and safe contact first, then the person she is asking
 * about, one child, his contact with the child and why she is worried. An application: no emergency question.
 */
export const journey: Journey = {
  service: 'sarahs-law',
  category: 'CSO',
  leavesNothing: true,
  sends: 'application',
  async fill(person, next) {
    await next(); // before you start: anyone may ask, who is told, not for reporting, not anonymous, leaving quickly
    await person.text('Alex Example');
    await person.parts('3', '4', '1980');
    await next();
    await person.address('CM1 1AA');
    await next();
    await safeByPhoneInTheMornings(person, next); // then anything more about safe contact: optional, left out
    await person.text('Jo Bloggs');
    await person.text('Joe Smith');
    await person.radio(0); // my partner
    await next();
    await person.parts('1', '2', '1990');
    await next(); // age in words: optional, left out
    await next(); // their addresses: optional, left out
    await person.radio(0); // can tell us about the children: yes
    await next();
    await person.text('Jamie');
    await person.parts('5', '6', '2016');
    await person.radio(0); // parent, carer or guardian (the age in words, optional, is passed over)
    await next();
    await person.radio(1); // another child: no
    await next();
    await person.text('He has moved in with us and looks after Jamie after school.');
    await next();
    await person.text('I have heard he was in trouble with the police about a child.');
    await next();
  },
  expected: {incidentDescription: 'I have heard he was in trouble with the police about a child.'},
  submissionContent: [
    'Ask for information under Sarah’s Law',
    'How you know them: They are my partner',
    'Child 1: Jamie',
    'Their contact with the child or children: He has moved in with us and looks after Jamie after school.',
  ],
};
