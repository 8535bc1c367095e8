/**
 * The whole library: importing this registers every element. Pages that use
 * one element import its own entry (`soh-elements/soh-exit-page`) instead.
 */
export * from './core/config/soh-config.js';
export * from './widgets/exit-page/soh-exit-page.js';
export * from './fields/text-field/soh-text-field.js';
export * from './fields/textarea/soh-textarea.js';
export * from './fields/choice/soh-radios.js';
export * from './fields/choice/soh-checkboxes.js';
export * from './fields/choice/soh-yes-no.js';
export * from './fields/date-input/soh-date-input.js';
export * from './fields/time-input/soh-time-input.js';
export * from './fields/address/soh-address.js';
export * from './fields/select/soh-select.js';
export * from './fields/file-input/soh-file-input.js';
export * from './engine/soh-report-form.js';
export * from './widgets/service-list/soh-service-list.js';
export * from './widgets/force-picker/soh-force-picker.js';
export * from './fields/media-upload/soh-media-upload.js';
export * from './widgets/live-chat/soh-live-chat.js';
export * from './widgets/payment/soh-payment.js';
export * from './widgets/report-status/soh-report-status.js';
export {SohEvent} from './core/events.js';
export {clearEverythingStored} from './core/storage.js';
export {forces, findForce, type Force} from './forces/forces.js';
