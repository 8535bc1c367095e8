/**
 * Whether an upload may have been left unfinished in this tab: a record
 * kept in sessionStorage under `soh:upload:` (upload-records.ts), or one an
 * earlier version left in localStorage under `tus::`, which is then removed.
 * Cheap and synchronous, so the empty element loads its runtime only when
 * there may be one.
 */
export function mayHaveInterruptedUploads(): boolean {
  try {
    return (
      Object.keys(sessionStorage).some((key) => key.startsWith('soh:upload:')) ||
      Object.keys(localStorage).some((key) => key.startsWith('tus::'))
    );
  } catch {
    return false;
  }
}
