/** A file's size as a person reads it ("2.4 MB", "2.4 MB" in Welsh too), in the page's language. */
export function formatFileSize(bytes: number, language: string): string {
  const locale = language === 'cy' ? 'cy' : 'en-GB';
  const [unit, size] =
    bytes >= 1e9
      ? (['gigabyte', bytes / 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', bytes / 1e6] as const)
        : (['kilobyte', Math.max(bytes / 1e3, 0.1)] as const);
  return new Intl.NumberFormat(locale, {style: 'unit', unit, maximumFractionDigits: 1}).format(size);
}

/** Whether a file is one the `accept` list allows (`image/*`, `video/mp4`, `.pdf`); an empty list allows any. */
export function isAccepted(file: File, accept: string): boolean {
  const patterns = accept
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);
  if (patterns.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return patterns.some((pattern) =>
    pattern.startsWith('.')
      ? name.endsWith(pattern)
      : pattern.endsWith('/*')
        ? type.startsWith(pattern.slice(0, -1))
        : type === pattern,
  );
}

/** The same file chosen twice (name, size and time it was last changed): kept once. */
export function sameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}
