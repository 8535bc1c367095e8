import type {Journey} from '../service-journeys.js';
import {mp4, notInDanger, sendEvidence} from '../journey-steps.js';

/** A driver on a handheld phone, filmed by a cyclist's helmet camera; the footage uploaded with the report. */
export const journey: Journey = {
  service: 'dash-cam',
  category: 'SNP',
  async fill(person, next, page) {
    await notInDanger(person, next);
    await next(); // before you start: Operation Snap, what it is not for
    await person.checkbox(); // 18 or over
    await person.checkbox(); // prepared to be a witness
    await next();
    await person.parts('2', '11', '2026');
    await person.parts('08', '30');
    await next();
    await person.text('A12 northbound, near junction 19, Chelmsford');
    await next();
    await person.radio(1); // a handheld phone
    await next();
    await person.text('The driver held a phone to their ear while turning right');
    await next();
    await person.text('AB12 CDE');
    await next(); // make and colour: optional
    await next(); // the driver: optional
    await sendEvidence(person, page, 'helmet-cam.mp4', mp4);
    await next();
    await person.radio(1); // cycling
    await next();
    await person.text('Alex');
    await person.text('Example');
    await next();
    await person.parts('3', '4', '1980');
    await next();
    await person.address('CM1 1AA');
    await next();
    await person.radio(0); // by email
    await person.text('alex@example.com');
    await next();
    await person.checkbox(); // the section 9 declaration
    await next();
  },
  expected: {
    incidentDescription: 'The driver held a phone to their ear while turning right',
    incidentExactTimeKnown: true,
  },
  submissionContent: [
    'Send us dash-cam or helmet-cam footage of bad driving',
    'What the driver did: Used a handheld phone',
    'How you were travelling: Cycling',
    'Footage: helmet-cam.mp4',
  ],
};
