/**
 * The autoloader: one small script for a whole site. It loads an element's
 * code when its tag first appears in the page (now, or added later), so a
 * page pays only for the elements it shows:
 *
 *   <script type="module" src="/soh-elements/autoload.js"></script>
 *
 * It looks at the page's own DOM; the elements load what they use inside
 * their shadow roots themselves. Tags it does not know are left alone.
 */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'soh-config': () => import('./core/config/soh-config.js'),
  'soh-exit-page': () => import('./widgets/exit-page/soh-exit-page.js'),
  'soh-text-field': () => import('./fields/text-field/soh-text-field.js'),
  'soh-textarea': () => import('./fields/textarea/soh-textarea.js'),
  'soh-radios': () => import('./fields/choice/soh-radios.js'),
  'soh-checkboxes': () => import('./fields/choice/soh-checkboxes.js'),
  'soh-yes-no': () => import('./fields/choice/soh-yes-no.js'),
  'soh-date-input': () => import('./fields/date-input/soh-date-input.js'),
  'soh-time-input': () => import('./fields/time-input/soh-time-input.js'),
  'soh-address': () => import('./fields/address/soh-address.js'),
  'soh-select': () => import('./fields/select/soh-select.js'),
  'soh-file-input': () => import('./fields/file-input/soh-file-input.js'),
  'soh-report-form': () => import('./engine/soh-report-form.js'),
  'soh-service-list': () => import('./widgets/service-list/soh-service-list.js'),
  'soh-force-picker': () => import('./widgets/force-picker/soh-force-picker.js'),
  'soh-media-upload': () => import('./fields/media-upload/soh-media-upload.js'),
  'soh-live-chat': () => import('./widgets/live-chat/soh-live-chat.js'),
  'soh-payment': () => import('./widgets/payment/soh-payment.js'),
  'soh-report-status': () => import('./widgets/report-status/soh-report-status.js'),
};

/** The tags the autoloader knows (for tests and tools). */
export const autoloadedTags: ReadonlyArray<string> = Object.keys(loaders);

const requested = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> {
  let loading = requested.get(tag);
  if (!loading) {
    loading = loaders[tag]().catch((error: unknown) => {
      // Offline, or the file is missing: let a later appearance try again, and tell the developer.
      requested.delete(tag);
      console.error(`[soh-elements] autoload: could not load <${tag}>.`, error);
    });
    requested.set(tag, loading);
  }
  return loading;
}

/**
 * Loads what `root` holds. `<soh-config>` first: the elements inside it ask
 * it for their settings when they start, so it must be defined before them
 * (loaded in parallel, a form could start before its settings were there).
 */
async function loadWithin(root: Element | Document): Promise<void> {
  const waiting = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !customElements.get(root.localName)) waiting.unshift(root);
  const tags = new Set(waiting.map((element) => element.localName).filter((tag) => Object.hasOwn(loaders, tag)));
  if (tags.delete('soh-config')) await load('soh-config');
  for (const tag of tags) void load(tag);
}

void loadWithin(document);
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) void loadWithin(node);
}).observe(document.documentElement, {childList: true, subtree: true});
