import {holds} from './conditions.js';
import type {Answers, ServiceDefinition} from './definition.js';

/**
 * Whether the person may be watched, or harmed if the report were found, given their answers so far (see
 * `ServiceDefinition.exitPage`): always for domestic abuse; for hate crime once they say they are the victim. While
 * it holds the form shows the exit control and keeps nothing on the device.
 */
export function mayBeWatched(service: Pick<ServiceDefinition, 'exitPage'>, answers: Answers): boolean {
  const {exitPage} = service;
  return typeof exitPage === 'object' ? holds(exitPage, answers) : exitPage === true;
}
