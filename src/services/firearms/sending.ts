import type {ServiceSending} from '../../engine/service-module.js';
import {itemsFor} from '../../contract/payment-items.js';
import {declaredSdm} from '../../engine/sdm-mapping.js';
import {firearmsApplication} from './definition.js';
import {firearmsAnswers, type FirearmsAnswers} from './schema.js';

/**
 * The schema of the answers, the SDM document its definition declares, and what it asks to be paid for, loaded when
 * the form gets near sending.
 */
export const sending: ServiceSending = {
  schema: firearmsAnswers,
  toSdm: (answers, context) => declaredSdm(firearmsApplication, answers as never, context),
  payment: (answers) => {
    const {applicationType, certificateType} = answers as FirearmsAnswers;
    return {service: 'firearms-licence', items: itemsFor(applicationType, certificateType)};
  },
};
