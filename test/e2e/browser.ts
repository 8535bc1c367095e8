import {chromium, type Browser} from 'playwright';
import {chromiumArgs, chromiumPath} from '../../scripts/engine-paths.mjs';

/** Debian's Chromium, driven by Playwright (never its own download). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});
}
