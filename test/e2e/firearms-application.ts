import type {Keyboard} from './keyboard.js';

/**
 * A firearms application for a new shotgun certificate, answered with the
 * keyboard up to its check page; `next` presses Continue in the page's language.
 */
export async function fillFirearmsApplication(keys: Keyboard, next: () => Promise<void>): Promise<void> {
  await next(); // before you start
  await keys.radio(0); // a new certificate
  await keys.radio(1); // shotgun
  await next();
  await keys.text('Alex');
  await keys.text('Example');
  await next();
  await keys.parts('3', '4', '1980');
  await keys.text('Chelmsford, England');
  await keys.text('Farmer');
  await next();
  await keys.address('CM1 1AA');
  await keys.parts('1', '6', '2015');
  await next();
  await keys.radio(1); // lived anywhere else: no
  await next();
  await keys.radio(0); // by email
  await keys.text('alex@example.com');
  await next();
  await keys.radio(1); // medical conditions: no
  await keys.checkbox(); // the GP may be contacted
  await next();
  await keys.text('Example Surgery');
  await keys.address('CM1 1AB');
  await next();
  for (const name of ['Jo Bloggs', 'Sam Smith']) {
    await keys.text(name);
    await keys.address('SW1A 1AA');
    await keys.text('01632 960001');
    await keys.text('Teacher');
    await keys.text('10');
    await next();
  }
  await keys.radio(1); // convictions: no
  await next();
  await keys.checkbox(); // declaration
  await next();
}
