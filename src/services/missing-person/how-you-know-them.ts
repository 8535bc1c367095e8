/**
 * How the person reporting knows someone who is missing: the choices the form
 * offers, and the SDM person-to-person relationship each becomes, from the
 * person reporting to the missing person. The SDM has no code list for this
 * answer; it says it as the relationship's name. Parent and carer, and someone
 * who knows them through work (a care home, a school, a hospital), are both
 * `responsibleFor` them; the words the person chose are in `submissionContent`.
 */
export const howYouKnowThem = {
  parent: {
    relationship: 'responsibleFor',
    en: 'I am their parent or carer',
    cy: 'Fi yw eu rhiant neu eu gofalwr',
  },
  partner: {relationship: 'partner', en: 'I am their partner', cy: 'Fi yw eu partner'},
  family: {relationship: 'relativeOrOther', en: 'I am another family member', cy: 'Rwy’n aelod arall o’r teulu'},
  friend: {relationship: 'friend', en: 'I am a friend', cy: 'Rwy’n ffrind'},
  professional: {
    relationship: 'responsibleFor',
    en: 'Through my work (a care home, school or hospital)',
    cy: 'Drwy fy ngwaith (cartref gofal, ysgol neu ysbyty)',
  },
  other: {relationship: 'acquaintanceOrOtherKnownRelationship', en: 'Another way', cy: 'Mewn ffordd arall'},
} as const;

export type HowYouKnowThem = keyof typeof howYouKnowThem;

/** The choices, as the form offers them. */
export const howYouKnowThemOptions = Object.entries(howYouKnowThem).map(([value, {en, cy}]) => ({
  value,
  label: {en, cy},
}));
