import type {HandOffModule} from '../../engine/hand-off.js';
import {fraudHandOff} from './hand-off.js';

/** Fraud and cyber crime: handed off to Report Fraud. */
export const service: HandOffModule = {handOff: fraudHandOff};
