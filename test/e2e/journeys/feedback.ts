import type {Journey} from '../service-journeys.js';

/** A complaint about how the person was treated at a front counter, with a reply by email. Feedback: no emergency question. */
export const journey: Journey = {
  service: 'feedback',
  category: 'FBK',
  sends: 'feedback',
  async fill(person, next) {
    await person.radio(0); // make a complaint
    await next();
    await next(); // before you make a complaint: who may complain, 12 months, not for crimes
    await person.radio(0); // for myself
    await next();
    await person.text('The officer at the front counter was rude and would not take my details.');
    await next();
    await person.parts('2', '11', '2026');
    await next();
    await person.text('Chelmsford police station');
    await next();
    await person.text('PC 1234');
    await next();
    await person.text('An apology');
    await next();
    await person.text('Alex Example');
    await next();
    await person.radio(0); // by email
    await person.text('alex@example.com');
    await next();
  },
  expected: {
    incidentDescription: 'The officer at the front counter was rude and would not take my details.',
    incidentApproximateDate: '2026-11-02',
  },
  submissionContent: [
    'Make a complaint or give a compliment',
    'Feedback: Make a complaint',
    'Officer or member of staff: PC 1234',
  ],
};
