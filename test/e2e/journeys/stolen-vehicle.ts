import type {Journey} from '../service-journeys.js';
import {notInDanger} from '../journey-steps.js';

/** A car stolen from outside the keeper's home overnight, the keys still with them. */
export const journey: Journey = {
  service: 'stolen-vehicle',
  category: 'VEH',
  async fill(person, next) {
    await notInDanger(person, next);
    await next(); // before you start: 999 if it is happening now, check it was not towed
    await person.radio(0); // it was stolen
    await next();
    await person.text('AB12 CDE');
    await next();
    await person.text('Ford');
    await person.text('Fiesta');
    await person.text('Blue');
    await next(); // features: optional
    await person.radio(1); // a tracking device: no
    await next();
    await person.text('Outside 12 Example Road, Chelmsford');
    await next();
    await person.parts('2', '11', '2026');
    await person.parts('23', '15');
    await next();
    await person.radio(1); // keys taken: no
    await next();
    await person.text('A neighbour heard an engine start at about 3am');
    await next();
    await person.text('Alex');
    await person.text('Example');
    await next();
    await person.address('CM1 1AA');
    await next();
    await person.radio(0); // by email
    await person.text('alex@example.com');
    await next();
  },
  expected: {
    incidentDescription: 'A neighbour heard an engine start at about 3am',
    incidentExactTimeKnown: true,
  },
  submissionContent: [
    'Report a lost or stolen vehicle',
    'What happened: It was stolen',
    'Registration number: AB12 CDE',
    'Keys taken: No, I still have all the keys',
  ],
};
