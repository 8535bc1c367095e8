import {waitFor, type EnginePage} from './engines/engine-page.js';
import type {Person} from './person.js';

// The steps many journeys share (service-journeys.ts, and each journey under journeys/).

/** The first bytes of a photo and of a video: the upload decides what a file is from them. */
export const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(2048).fill(1)]);
export const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(4096, 1)]);

/** Chooses a file for the form's evidence question, and waits until the endpoint has it (Continue would wait too). */
export async function sendEvidence(person: Person, page: EnginePage, name: string, bytes: Buffer): Promise<void> {
  await person.file(name, bytes);
  await waitFor(
    page,
    () =>
      (
        document.querySelector('soh-report-form')?.shadowRoot?.querySelector('soh-media-upload') as unknown as {
          value: unknown[];
        } | null
      )?.value.length === 1,
  );
}

export const notInDanger = async (person: Person, next: () => Promise<void>) => {
  await person.radio(1);
  await next();
};

export const aboutMe = async (person: Person, next: () => Promise<void>) => {
  await person.text('Alex');
  await person.text('Example');
  await next();
  await person.radio(0); // by email
  await person.text('alex@example.com');
  await next();
};

/** Safe contact, as the services where the person may be watched ask it: a phone call, in the mornings, no message. */
export const safeByPhoneInTheMornings = async (person: Person, next: () => Promise<void>) => {
  await person.checkbox(); // a phone call is safe
  await person.text('07700 900982');
  await person.checkbox(); // mornings
  await person.radio(1); // a message may be left: no
  await next();
};
