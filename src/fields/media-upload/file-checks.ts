import {str} from '@lit/localize';
import type {LocaleController} from '../../core/localize/locale-controller.js';
import {formatFileSize, sameFile} from '../file-input/file-size.js';
import {kindOfFile} from './file-kind.js';
import type {FileKind} from './file-kinds.js';

export interface FileLimits {
  /** The files already taken (not cancelled). */
  already: ReadonlyArray<File>;
  maxFiles: number;
  maxSize: number;
  maxTotalSize: number;
  /** The kinds taken. */
  allowed: ReadonlyArray<FileKind>;
  /** The same, for a person: "JPG, PNG, HEIC, MP4 or MOV". */
  kinds: string;
  i18n: LocaleController;
}

/**
 * Which of the files chosen the upload takes, and why it refuses the rest,
 * in GOV.UK's words: the count, the same file twice, empty, too big, too
 * much in total, and what the file's bytes say it is.
 */
export async function checkFiles(
  files: ReadonlyArray<File>,
  {already, maxFiles, maxSize, maxTotalSize, allowed, kinds, i18n}: FileLimits,
): Promise<{refusals: string[]; taken: Array<{file: File; kind: FileKind}>}> {
  const {msg} = i18n;
  const refusals: string[] = [];
  const taken: Array<{file: File; kind: FileKind}> = [];
  let total = already.reduce((sum, file) => sum + file.size, 0);
  for (const file of files) {
    const name = file.name;
    if (already.length + taken.length >= maxFiles) {
      const max = maxFiles;
      refusals.push(msg(str`You can upload up to ${max} files. ${name} was not added`, {id: 'upload.too-many'}));
      continue;
    }
    if ([...already, ...taken.map((one) => one.file)].some((one) => sameFile(one, file))) {
      refusals.push(msg(str`${name} has already been added`, {id: 'upload.duplicate'}));
      continue;
    }
    if (file.size === 0) {
      refusals.push(msg(str`${name} is empty. Choose another file`, {id: 'file.empty'}));
      continue;
    }
    if (file.size > maxSize) {
      const limit = formatFileSize(maxSize, i18n.locale);
      refusals.push(msg(str`${name} must be smaller than ${limit}`, {id: 'file.too-big'}));
      continue;
    }
    if (total + file.size > maxTotalSize) {
      const limit = formatFileSize(maxTotalSize, i18n.locale);
      refusals.push(
        msg(str`The files must add up to less than ${limit}. ${name} was not added`, {id: 'upload.total-too-big'}),
      );
      continue;
    }
    const kind = await kindOfFile(file);
    if (!kind || !allowed.some((one) => one.mediaType === kind.mediaType)) {
      refusals.push(msg(str`${name} must be a ${kinds}`, {id: 'upload.wrong-kind'}));
      continue;
    }
    total += file.size;
    taken.push({file, kind});
  }
  return {refusals, taken};
}
