/**
 * Whether an upload element must keep nothing on the device, not even a
 * record to carry on after a reload: where it is told to (`sensitive`), in
 * a form whose service shows the exit control (domestic abuse: the form puts
 * `<soh-exit-page>` beside its questions), or in `<soh-report-status>`,
 * which cannot tell a report of domestic abuse from another and keeps its
 * own code in memory only.
 */
export function keepsNothing(element: HTMLElement & {sensitive?: boolean}): boolean {
  if (element.sensitive) return true;
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    if (root.host.localName === 'soh-report-status' || root.querySelector('soh-exit-page')) return true;
  }
  return false;
}
