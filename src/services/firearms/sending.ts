import type {ServiceSending} from '../../engine/service-module.js';
import {itemsFor} from '../../contract/payment-items.js';
import {firearmsAnswers, type FirearmsAnswers} from './schema.js';
import {firearmsToSdm} from './to-sdm.js';

/** The schema of the answers and the mapping to SDM, loaded when the form gets near sending. */
export const sending: ServiceSending = {
  schema: firearmsAnswers,
  toSdm: (answers, context) => firearmsToSdm(answers as never, context),
  payment: (answers) => {
    const {applicationType, certificateType} = answers as FirearmsAnswers;
    return {service: 'firearms-licence', items: itemsFor(applicationType, certificateType)};
  },
};
