import type {HandOffModule} from '../../engine/hand-off.js';
import {terrorismHandOff} from './hand-off.js';

/** Possible terrorism: handed off to Action Counters Terrorism. */
export const service: HandOffModule = {handOff: terrorismHandOff};
