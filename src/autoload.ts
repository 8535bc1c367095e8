/**
 * The autoloader: one small script for a whole site. It loads an element's
 * code when its tag first appears in the page (now, or added later), so a
 * page pays only for the elements it shows:
 *
 *   <script type="module" src="/soh-elements/autoload.js"></script>
 *
 * It looks at the page's own DOM; the elements load what they use inside
 * their shadow roots themselves. Tags it does not know are left alone.
 *
 * Built, it also knows every file each element needs (written in by
 * scripts/autoload-preloads.ts), and asks for them all at once with
 * `<link rel="modulepreload">`, rather than leaving the browser to find them
 * one level of imports at a time.
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

/** Each element's files, by index into `files`; written into the built file only (undefined unbuilt). */
declare const SOH_AUTOLOAD_FILES: {files: string[]; elements: Record<string, number[]>} | undefined;

const requested = new Map<string, Promise<unknown>>();
const preloaded = new Set<string>();

/** Asks for every file the `tags` need, in parallel; the imports that follow find them fetched or on their way. */
function preload(tags: Iterable<string>): void {
  if (typeof SOH_AUTOLOAD_FILES === 'undefined') return;
  const links = document.createDocumentFragment();
  for (const tag of tags)
    for (const index of SOH_AUTOLOAD_FILES.elements[tag] ?? []) {
      const file = SOH_AUTOLOAD_FILES.files[index];
      if (preloaded.has(file)) continue;
      preloaded.add(file);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(file, import.meta.url).href;
      links.append(link);
    }
  document.head.append(links);
}

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
  preload([...tags].filter((tag) => !requested.has(tag)));
  if (tags.delete('soh-config')) await load('soh-config');
  for (const tag of tags) void load(tag);
}

// After this module has run to its end, where the build declares SOH_AUTOLOAD_FILES.
queueMicrotask(() => void loadWithin(document));
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) void loadWithin(node);
}).observe(document.documentElement, {childList: true, subtree: true});
