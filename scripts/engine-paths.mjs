// Where each engine is installed from Debian's packages, and how every test runner here launches Debian's
// Chromium: headless, as root (no sandbox), and with nothing that reaches for the network (this machine has none
// but the package registries).
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Debian's Firefox ESR, driven over WebDriver BiDi (web-test-runner.config.mjs).
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// WebKitGTK's MiniBrowser, which Debian's webkit2gtk-driver (WebKitWebDriver) starts.
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
