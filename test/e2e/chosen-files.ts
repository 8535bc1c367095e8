import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Where chosen files given as bytes are written for the browser to read (removed when the tests end). */
let fileFolder: string | undefined;

/** A file on disk holding `bytes` under `name`, as a person's chosen file is: each in a folder of its own. */
export function onDisk(name: string, bytes: Buffer): string {
  if (!fileFolder) {
    const folder = mkdtempSync(path.join(tmpdir(), 'soh-chosen-'));
    process.on('exit', () => rmSync(folder, {recursive: true, force: true}));
    fileFolder = folder;
  }
  const file = path.join(mkdtempSync(path.join(fileFolder, 'file-')), name);
  writeFileSync(file, bytes);
  return file;
}
