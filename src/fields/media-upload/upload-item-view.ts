import {str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import {formatFileSize} from '../file-input/file-size.js';
import type {InterruptedUpload} from './interrupted-uploads.js';
import type {Attachment} from '../../contract/uploads.js';
import type {UploadTask} from './upload-task.js';
import {uploadStatus} from './upload-words.js';

/**
 * One file in the upload's list: thumbnail, name, a native progress bar (no
 * inline style, which a strict policy blocks) whose value text says where it
 * is, Pause, Resume, Retry or Cancel, and a caption.
 */
export function renderUploadItem(
  task: UploadTask,
  thumbnail: string | undefined,
  i18n: LocaleController,
): TemplateResult {
  const {msg} = i18n;
  const name = task.file.name;
  const percent = task.total === 0 ? 100 : Math.floor((task.done / task.total) * 100);
  const status = uploadStatus(i18n, task);
  const hiddenName = html`<span class="visually-hidden"> ${name}</span>`;
  return html`<li class="file">
    ${thumbnail ? html`<img class="thumbnail" src=${thumbnail} alt="" />` : html`<span class="no-thumbnail"></span>`}
    <div>
      <div class="name">${name}</div>
      <progress
        class="bar"
        part="progress"
        aria-label=${name}
        aria-valuetext=${status}
        max="100"
        .value=${percent}
      ></progress>
      <div class="hint">${status}</div>
      <div class="actions">
        ${
          task.state === 'uploading'
            ? html`<button type="button" class="link-button" @click=${() => task.pause()}>
                ${msg('Pause', {id: 'upload.pause'})}${hiddenName}
              </button>`
            : nothing
        }
        ${
          task.state === 'paused'
            ? html`<button type="button" class="link-button" @click=${() => task.resume()}>
                ${msg('Resume', {id: 'upload.resume'})}${hiddenName}
              </button>`
            : nothing
        }
        ${
          task.state === 'failed'
            ? html`<button type="button" class="link-button" @click=${() => task.resume()}>
                ${msg('Retry', {id: 'upload.retry'})}${hiddenName}
              </button>`
            : nothing
        }
        ${
          task.state !== 'done'
            ? html`<button type="button" class="link-button" @click=${() => void task.cancel()}>
                ${msg('Cancel', {id: 'upload.cancel'})}${hiddenName}
              </button>`
            : nothing
        }
      </div>
      <label class="caption"
        >${msg('Caption (optional)', {id: 'upload.caption'})}${hiddenName}
        <input
          type="text"
          maxlength="500"
          .value=${task.caption}
          @input=${(event: InputEvent) => (task.caption = (event.target as HTMLInputElement).value)}
      /></label>
    </div>
  </li>`;
}

/** A file uploaded on an earlier visit to the page: done, with Remove. */
export function renderUploaded(attachment: Attachment, i18n: LocaleController, remove: () => void): TemplateResult {
  const {msg} = i18n;
  return html`<li class="file">
    <span class="no-thumbnail"></span>
    <div>
      <div class="name">${attachment.fileName}</div>
      <div class="hint">${msg('Uploaded and checked', {id: 'upload.state.done'})}</div>
      <button type="button" class="link-button" @click=${remove}>
        ${msg('Remove', {id: 'file.remove'})}<span class="visually-hidden"> ${attachment.fileName}</span>
      </button>
    </div>
  </li>`;
}

/**
 * Says plainly that a file must be chosen again after a reload, and that
 * it will carry on rather than start again (a browser cannot reopen a file
 * by itself). The file is known by its size: nothing kept on the device
 * names it.
 */
export function renderInterrupted(
  interrupted: ReadonlyArray<InterruptedUpload>,
  i18n: LocaleController,
): TemplateResult {
  const {msg} = i18n;
  return html`<div class="interrupted" part="interrupted" role="status">
    ${interrupted.map(({size, offset}) => {
      const percent = Math.floor((offset / size) * 100);
      const fileSize = formatFileSize(size, i18n.locale);
      return html`<p>
        ${msg(
          str`A file of ${fileSize} was not finished: ${percent}% of it was sent. Choose it again and it will carry on from there, not start again.`,
          {id: 'upload.interrupted-file'},
        )}
      </p>`;
    })}
  </div>`;
}
