import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK's WebDriver server (Debian's webkit2gtk-driver), under a virtual display: its MiniBrowser has no
 * headless mode. Resolves once it answers, with its port and a way to stop it (it also stops when this process
 * exits). Shared by the component tests (web-test-runner.config.mjs) and the end-to-end tests (test/e2e/engines).
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {stdio: 'ignore', detached: true});
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', stop);
  for (let tries = 0; tries < 100; tries++) {
    const answered = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return {port, stop};
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error('WebKitWebDriver did not start: install webkit2gtk-driver and xvfb from Debian.');
}

/** The WebDriver capabilities that start Debian's MiniBrowser in automation mode. */
export function webkitCapabilities(browserPath) {
  return {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {binary: browserPath, args: ['--automation']},
    'wdio:enforceWebDriverClassic': true,
  };
}
