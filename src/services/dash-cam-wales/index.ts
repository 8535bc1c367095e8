import type {HandOffModule} from '../../engine/hand-off.js';
import {dashCamWalesHandOff} from './hand-off.js';

/** Dash-cam footage in Wales: handed off to GoSafe, in place of the dash-cam form. */
export const service: HandOffModule = {handOff: dashCamWalesHandOff};
