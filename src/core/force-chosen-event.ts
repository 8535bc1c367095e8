import {SohEvent} from './events.js';

/** Fired by `<soh-force-picker>` once the person has said where it happened. `detail.forceId` is the force's id. */
export class SohForceChosenEvent extends SohEvent<{forceId: string}> {
  constructor(forceId: string) {
    super('soh-force-chosen', {forceId});
  }
}

declare global {
  interface HTMLElementEventMap {
    'soh-force-chosen': SohForceChosenEvent;
  }
}
