/** A UK postcode as people type it (any case, any spacing), written the standard way: `CM1 1AA`. */
export function normalisePostcode(typed: string): string | undefined {
  const compact = typed.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(compact)) return undefined;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
