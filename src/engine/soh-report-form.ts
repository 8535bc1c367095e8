import {defineElement} from '../core/define.js';
import {SohReportForm} from './report-form.js';

defineElement('soh-report-form', SohReportForm);

export {SohReportForm};
export {SohReportSentEvent} from '../core/report-sent-event.js';

declare global {
  interface HTMLElementTagNameMap {
    'soh-report-form': SohReportForm;
  }
}
