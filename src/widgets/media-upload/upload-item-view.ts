import {html, nothing, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import type {UploadTask} from './upload-task.js';
import {uploadStatus} from './upload-words.js';

/**
 * One file in the upload's list: thumbnail, name, an accessible progress
 * bar whose value text says where it is, Pause, Resume, Retry or Cancel, and
 * a caption.
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
      ${
        task.state === 'cancelled'
          ? nothing
          : html`<div
              class="bar"
              part="progress"
              role="progressbar"
              aria-label=${name}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${percent}
              aria-valuetext=${status}
            >
              <div class="bar__done" style=${styleMap({width: `${percent}%`})}></div>
            </div>`
      }
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
          task.state !== 'done' && task.state !== 'cancelled'
            ? html`<button type="button" class="link-button" @click=${() => void task.cancel()}>
                ${msg('Cancel', {id: 'upload.cancel'})}${hiddenName}
              </button>`
            : nothing
        }
      </div>
      ${
        task.state === 'cancelled'
          ? nothing
          : html`<label class="caption"
              >${msg('Caption (optional)', {id: 'upload.caption'})}${hiddenName}
              <input
                type="text"
                maxlength="500"
                .value=${task.caption}
                @input=${(event: InputEvent) => (task.caption = (event.target as HTMLInputElement).value)}
            /></label>`
      }
    </div>
  </li>`;
}
