type ForceTable = typeof import('./forces.js');

let loading: Promise<ForceTable> | undefined;
let loaded: ForceTable | undefined;

/**
 * The table of forces (names, national codes, countries), fetched on first
 * use: an element that knows its force by id alone (for its theme) never
 * fetches it.
 */
export function loadForces(): Promise<ForceTable> {
  loading ??= import('./forces.js').then(
    (table) => (loaded = table),
    (error: unknown) => {
      // Offline, say: the next element to ask tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The table, once {@link loadForces} has fetched it. */
export function loadedForces(): ForceTable | undefined {
  return loaded;
}
