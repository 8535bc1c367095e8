import {defineElement} from '../../core/define.js';
import {SohReportStatus} from './report-status.js';

defineElement('soh-report-status', SohReportStatus);

export {SohReportStatus};

declare global {
  interface HTMLElementTagNameMap {
    'soh-report-status': SohReportStatus;
  }
}
