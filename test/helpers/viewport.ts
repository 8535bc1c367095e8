import {executeServerCommand} from '@web/test-runner-commands';

/** Sizes the page's viewport, in every engine (test/helpers/engine-commands-plugin.ts). */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  await executeServerCommand('soh-viewport', size);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
