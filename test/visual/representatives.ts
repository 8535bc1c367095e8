/**
 * One story of each element, in its fullest state (an error shown, a list open, a conversation going), and a page
 * of a service's form: what the visual tests also show in the two brand themes, in Welsh, in forced colours and at
 * 320 px. Every story is shown in the base theme at 800 px (stories.test.ts).
 */
export const representatives = [
  'fields-text-field--error-email-format',
  'fields-textarea--over-the-limit',
  'fields-radios--error-nothing-chosen',
  'fields-checkboxes--error-nothing-chosen',
  'fields-yes-or-no--error-nothing-chosen',
  'fields-date-input--error-not-real',
  'fields-time-input--error-not-real',
  'fields-address--manual-error',
  'fields-select-autocomplete--list-open',
  'fields-file--error-nothing-chosen',
  'elements-exit-this-page--default',
  'elements-force-picker-national-mode--nothing-given',
  'elements-service-list--full-set-with-opt-in',
  'forms-report-a-crime--error-summary',
  'services-report-a-crime--about',
  'widgets-media-upload--done',
  'widgets-live-chat--chatting',
  'widgets-payment--fee',
  'widgets-report-status--report',
] as const;
