/**
 * Every constrained value the library sends, as a code, with its English
 * and Welsh labels: the data stays language-neutral, as the Standard Data
 * Model requires.
 *
 * Only a few national code values are public. Each value here is marked
 * `confirmed` (seen in a published SDM example) or `provisional` (ours,
 * written in the same pattern), so a force can drop in the national list
 * here without touching anything else.
 */
export interface Code {
  code: string;
  en: string;
  cy: string;
  status: 'confirmed' | 'provisional';
}

export type CodeList = Readonly<Record<string, Code>>;

/** How the person is involved in the incident (IVLD_). */
export const involvement = {
  victim: {code: 'IVLD_0001', en: 'It happened to me', cy: 'Digwyddodd i mi', status: 'provisional'},
  witness: {code: 'IVLD_0002', en: 'I saw it happen', cy: 'Gwelais y peth yn digwydd', status: 'provisional'},
  onBehalf: {
    code: 'IVLD_0003',
    en: 'I am reporting it for someone else',
    cy: 'Rwy’n rhoi gwybod ar ran rhywun arall',
    status: 'provisional',
  },
} as const satisfies CodeList;

/** How the person would like to be contacted (CPNC_). */
export const contactPreference = {
  email: {code: 'CPNC_0001', en: 'Email', cy: 'E-bost', status: 'provisional'},
  telephone: {code: 'CPNC_0002', en: 'Telephone', cy: 'Ffôn', status: 'provisional'},
} as const satisfies CodeList;

/**
 * Gender (GNDR_), as the SDM lists it (`GNDR_0002` is intersex there, `GNDR_0003` male): the choices the forms
 * offer, in words a person would use.
 */
export const gender = {
  female: {code: 'GNDR_0001', en: 'Female', cy: 'Benyw', status: 'confirmed'},
  male: {code: 'GNDR_0003', en: 'Male', cy: 'Gwryw', status: 'confirmed'},
  other: {code: 'GNDR_0008', en: 'In another way', cy: 'Mewn ffordd arall', status: 'confirmed'},
  notStated: {
    code: 'GNDR_0007',
    en: 'Prefer not to say',
    cy: 'Mae’n well gennyf beidio â dweud',
    status: 'confirmed',
  },
} as const satisfies CodeList;

/**
 * Self-defined ethnicity (ESDD_): the 2021 census categories, as the SDM lists them, worded as the census asks.
 * The Welsh follows the 2021 Census's Welsh questionnaire.
 */
export const selfDefinedEthnicity = {
  W1: {
    code: 'ESDD_W1',
    en: 'White – Welsh, English, Scottish, Northern Irish or British',
    cy: 'Gwyn – Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig',
    status: 'confirmed',
  },
  W2: {code: 'ESDD_W2', en: 'White – Irish', cy: 'Gwyn – Gwyddelig', status: 'confirmed'},
  W3: {
    code: 'ESDD_W3',
    en: 'White – Gypsy or Irish Traveller',
    cy: 'Gwyn – Sipsi neu Deithiwr Gwyddelig',
    status: 'confirmed',
  },
  W4: {code: 'ESDD_W4', en: 'White – Roma', cy: 'Gwyn – Roma', status: 'confirmed'},
  W9: {code: 'ESDD_W9', en: 'Any other White background', cy: 'Unrhyw gefndir Gwyn arall', status: 'confirmed'},
  M1: {
    code: 'ESDD_M1',
    en: 'Mixed – White and Black Caribbean',
    cy: 'Cymysg – Gwyn a Du Caribïaidd',
    status: 'confirmed',
  },
  M2: {
    code: 'ESDD_M2',
    en: 'Mixed – White and Black African',
    cy: 'Cymysg – Gwyn a Du Affricanaidd',
    status: 'confirmed',
  },
  M3: {code: 'ESDD_M3', en: 'Mixed – White and Asian', cy: 'Cymysg – Gwyn ac Asiaidd', status: 'confirmed'},
  M9: {code: 'ESDD_M9', en: 'Any other Mixed background', cy: 'Unrhyw gefndir Cymysg arall', status: 'confirmed'},
  A1: {code: 'ESDD_A1', en: 'Asian – Indian', cy: 'Asiaidd – Indiaidd', status: 'confirmed'},
  A2: {code: 'ESDD_A2', en: 'Asian – Pakistani', cy: 'Asiaidd – Pacistanaidd', status: 'confirmed'},
  A3: {code: 'ESDD_A3', en: 'Asian – Bangladeshi', cy: 'Asiaidd – Bangladeshaidd', status: 'confirmed'},
  A4: {code: 'ESDD_A4', en: 'Asian – Chinese', cy: 'Asiaidd – Tsieineaidd', status: 'confirmed'},
  A9: {code: 'ESDD_A9', en: 'Any other Asian background', cy: 'Unrhyw gefndir Asiaidd arall', status: 'confirmed'},
  B1: {code: 'ESDD_B1', en: 'Black – Caribbean', cy: 'Du – Caribïaidd', status: 'confirmed'},
  B2: {code: 'ESDD_B2', en: 'Black – African', cy: 'Du – Affricanaidd', status: 'confirmed'},
  B9: {code: 'ESDD_B9', en: 'Any other Black background', cy: 'Unrhyw gefndir Du arall', status: 'confirmed'},
  O2: {code: 'ESDD_O2', en: 'Arab', cy: 'Arabaidd', status: 'confirmed'},
  O9: {code: 'ESDD_O9', en: 'Any other ethnic group', cy: 'Unrhyw grŵp ethnig arall', status: 'confirmed'},
  NS: {code: 'ESDD_NS', en: 'Prefer not to say', cy: 'Mae’n well gennyf beidio â dweud', status: 'confirmed'},
} as const satisfies CodeList;

/** How the person reporting knows someone who is missing (RLTN_). */
export const relationshipToMissingPerson = {
  parent: {
    code: 'RLTN_0001',
    en: 'I am their parent or carer',
    cy: 'Fi yw eu rhiant neu eu gofalwr',
    status: 'provisional',
  },
  partner: {code: 'RLTN_0002', en: 'I am their partner', cy: 'Fi yw eu partner', status: 'provisional'},
  family: {
    code: 'RLTN_0003',
    en: 'I am another family member',
    cy: 'Rwy’n aelod arall o’r teulu',
    status: 'provisional',
  },
  friend: {code: 'RLTN_0004', en: 'I am a friend', cy: 'Rwy’n ffrind', status: 'provisional'},
  professional: {
    code: 'RLTN_0005',
    en: 'Through my work (a care home, school or hospital)',
    cy: 'Drwy fy ngwaith (cartref gofal, ysgol neu ysbyty)',
    status: 'provisional',
  },
  other: {code: 'RLTN_0009', en: 'Another way', cy: 'Mewn ffordd arall', status: 'provisional'},
} as const satisfies CodeList;

/** A code list as answer options. */
export function optionsFrom(list: CodeList): Array<{value: string; label: {en: string; cy: string}}> {
  return Object.values(list).map(({code, en, cy}) => ({value: code, label: {en, cy}}));
}
