import {forces, type Force} from '../../../src/forces/forces.js';

const byCode = new Map(forces.map((force) => [force.nationalCode, force]));

/** The force with this two-digit national code: the sandbox shares the library's registry. */
export function findForceByCode(code: string): Force | undefined {
  return byCode.get(code);
}
