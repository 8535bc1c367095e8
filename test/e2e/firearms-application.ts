import type {Person} from './person.js';

/**
 * A firearms application for a new shotgun certificate, answered by a person (keyboard or finger)
 * up to its check page; `next` presses Continue in the page's language.
 */
export async function fillFirearmsApplication(person: Person, next: () => Promise<void>): Promise<void> {
  await next(); // before you start
  await person.radio(0); // a new certificate
  await person.radio(1); // shotgun
  await next();
  await person.text('Alex');
  await person.text('Example');
  await next();
  await person.parts('3', '4', '1980');
  await person.text('Chelmsford, England');
  await person.text('Farmer');
  await next();
  await person.address('CM1 1AA');
  await person.parts('1', '6', '2015');
  await next();
  await person.radio(1); // lived anywhere else: no
  await next();
  await person.radio(0); // by email
  await person.text('alex@example.com');
  await next();
  await person.radio(1); // medical conditions: no
  await person.checkbox(); // the GP may be contacted
  await next();
  await person.text('Example Surgery');
  await person.address('CM1 1AB');
  await next();
  for (const name of ['Jo Bloggs', 'Sam Smith']) {
    await person.text(name);
    await person.address('SW1A 1AA');
    await person.text('01632 960001');
    await person.text('Teacher');
    await person.text('10');
    await next();
  }
  await person.radio(1); // convictions: no
  await next();
  await person.checkbox(); // declaration
  await next();
}
