import {str} from '@lit/localize';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import {formatFileSize} from '../file-input/file-size.js';
import type {UploadTask} from './upload-task.js';

/** "About 3 minutes left", "About 40 seconds left", by the plural rules of the language. */
function timeLeft(i18n: LocaleController, seconds: number): string {
  const {msg} = i18n;
  if (seconds >= 90) {
    const n = Math.round(seconds / 60);
    return i18n.plural(n, {
      zero: () => msg(str`About ${n} minutes left`, {id: 'upload.minutes-left.zero'}),
      one: () => msg('About 1 minute left', {id: 'upload.minutes-left.one'}),
      two: () => msg('About 2 minutes left', {id: 'upload.minutes-left.two'}),
      few: () => msg(str`About ${n} minutes left`, {id: 'upload.minutes-left.few'}),
      many: () => msg(str`About ${n} minutes left`, {id: 'upload.minutes-left.many'}),
      other: () => msg(str`About ${n} minutes left`, {id: 'upload.minutes-left.other'}),
    });
  }
  const n = Math.max(1, seconds);
  return i18n.plural(n, {
    zero: () => msg(str`About ${n} seconds left`, {id: 'upload.seconds-left.zero'}),
    one: () => msg('About 1 second left', {id: 'upload.seconds-left.one'}),
    two: () => msg('About 2 seconds left', {id: 'upload.seconds-left.two'}),
    few: () => msg(str`About ${n} seconds left`, {id: 'upload.seconds-left.few'}),
    many: () => msg(str`About ${n} seconds left`, {id: 'upload.seconds-left.many'}),
    other: () => msg(str`About ${n} seconds left`, {id: 'upload.seconds-left.other'}),
  });
}

/** Where one file is, in words: what the progress bar's value text says, and what is shown under the name. */
export function uploadStatus(i18n: LocaleController, task: UploadTask): string {
  const {msg} = i18n;
  const size = (bytes: number) => formatFileSize(bytes, i18n.locale);
  const sent = size(task.done);
  const total = size(task.total);
  switch (task.state) {
    case 'uploading': {
      const progress = msg(str`${sent} of ${total} sent`, {id: 'upload.state.uploading'});
      return task.secondsLeft === undefined ? progress : `${progress}. ${timeLeft(i18n, task.secondsLeft)}`;
    }
    case 'checking':
      return msg('All sent. Checking it arrived in full', {id: 'upload.state.checking'});
    case 'paused':
      return msg(str`Paused at ${sent} of ${total}`, {id: 'upload.state.paused'});
    case 'failed':
      return msg(str`Not sent yet: the connection failed at ${sent} of ${total}. Press Retry to carry on from there.`, {
        id: 'upload.state.failed',
      });
    case 'cancelled':
      return msg('Cancelled', {id: 'upload.state.cancelled'});
    case 'done':
      return msg('Uploaded and checked', {id: 'upload.state.done'});
  }
}
