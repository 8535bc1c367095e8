/**
 * Which force covers a postcode, for the sandbox: a small table by postcode
 * area (the letters before the first digit). Real endpoints answer from the
 * national boundary data; this is enough to try national mode.
 */
export const forceByPostcodeArea: Readonly<Record<string, string>> = {
  CM: 'essex',
  CO: 'essex',
  SS: 'essex',
  CF: 'south-wales',
  SA: 'dyfed-powys',
  NP: 'gwent',
  LL: 'north-wales',
  SW: 'metropolitan',
  EC: 'city-of-london',
  B: 'west-midlands',
  M: 'greater-manchester',
  L: 'merseyside',
  LS: 'west-yorkshire',
  BS: 'avon-and-somerset',
};
