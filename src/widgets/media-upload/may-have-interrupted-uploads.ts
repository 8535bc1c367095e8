/**
 * Whether any upload may have been left unfinished on this device
 * (tus-js-client keeps its record under `tus::`). Cheap and synchronous, so
 * the empty element loads tus-js-client only when there may be one.
 */
export function mayHaveInterruptedUploads(): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith('tus::'));
  } catch {
    return false;
  }
}
