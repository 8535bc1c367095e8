import {aboutMe, notInDanger} from '../journey-steps.js';
import type {Journey} from '../service-journeys.js';

/** Named, having seen it themselves: the person reporting is a witness, contacted by email. */
export const journey: Journey = {
  service: 'tell-us-about',
  category: 'INT',
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: what it is and is not for
    await person.radio(0); // tell you who I am: yes
    await next();
    await person.radio(0); // drugs
    await next();
    await person.text('Drugs are sold from a blue van most evenings.');
    await next();
    await person.text('The car park behind Example Road shops');
    await next();
    await person.parts('2', '11', '2026');
    await next();
    await next(); // who is involved: optional
    await person.radio(0); // seen it myself
    await next();
    await aboutMe(person, next); // name, then contact by email
  },
  expected: {
    incidentDescription: 'Drugs are sold from a blue van most evenings.',
    incidentApproximateDate: '2026-11-02',
  },
  submissionContent: [
    'Tell us about something you have seen or heard',
    'What it is about: Drugs',
    'How you know: I have seen or heard it myself',
  ],
};
