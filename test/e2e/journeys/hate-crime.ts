import {aboutMe, notInDanger} from '../journey-steps.js';
import type {Journey} from '../service-journeys.js';

/** The victim's path, named: the exit control on every page from the second question, and the safe-contact page. */
export const journey: Journey = {
  service: 'hate-crime',
  category: 'HAT',
  leavesNothing: true,
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: what can be reported
    await person.radio(0); // it happened to me
    await next();
    await person.radio(0); // tell you who I am: yes
    await next();
    await person.text('Someone shouted abuse at me in the street.');
    await next();
    await person.checkbox(); // disability
    await person.text('They mocked my wheelchair.');
    await next();
    await person.text('High Street, outside the library');
    await next();
    await person.parts('2', '11', '2026');
    await person.radio(1); // still happening: no
    await next();
    await next(); // who did it: optional
    await person.radio(1); // anyone hurt: no
    await next();
    await aboutMe(person, next); // name, then contact by email
    await person.checkbox(); // safe in the mornings
    await next();
  },
  expected: {
    incidentDescription: 'Someone shouted abuse at me in the street.',
    incidentApproximateDate: '2026-11-02',
    incidentStillHappening: false,
    subjectedToHateCrime: true,
    subjectedToHateCrimeDetails: 'They mocked my wheelchair.',
    hateCrime: 'Disability',
    physicallyAssaulted: false,
  },
  submissionContent: [
    'Report a hate crime or incident',
    'How you are involved: It happened to me',
    'Motivated by: Disability',
    'Safe times: Mornings (8am to 12pm)',
  ],
};
