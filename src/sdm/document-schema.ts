/**
 * The building blocks of an SDM document's schema, in `zod/mini`, in the
 * published SDM's names, types and lengths (src/sdm/profile/): each service
 * composes its own from these, saying what its documents always carry. The
 * same schemas check a document in the sandbox (after the SDM conformance
 * check, src/sdm/conformance.ts) and become the JSON Schemas shipped in the
 * package. They name only what this library sends; the conformance check is
 * what refuses a name the SDM does not define.
 */
import * as z from 'zod/mini';

export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({offset: true});

/** Text of the SDM's lengths: at least one character, at most `maxLength`. */
export const text = (maxLength: number) => z.string().check(z.minLength(1), z.maxLength(maxLength));
const optionalText = (maxLength: number) => z.optional(text(maxLength));
/** A code from an SDM list (`GNDR_0001`); the conformance check knows the lists. */
const code = (list: string) => z.string().check(z.regex(new RegExp(`^${list}_\\w+$`)));
const name = z.array(text(35)).check(z.minLength(1));

function identifier(types: readonly [string, ...string[]]) {
  return z.object({type: z.enum(types), id: z.string().check(z.minLength(1))});
}

/**
 * A relationship to entities of one type (or of any of several: `stolen` points at property or a vehicle). The
 * library sends a list, one relationship per role; JSON:API lets another sender point at one entity alone.
 */
export function related(...types: [string, ...string[]]) {
  return z.object({data: z.union([z.array(identifier(types)).check(z.minLength(1)), identifier(types)])});
}

/** An entity of one type: its attributes, and the relationships it may have. */
export function entity<Type extends string, Shape extends z.core.$ZodLooseShape>(
  type: Type,
  attributes: z.ZodMiniObject<Shape>,
  relationships?: z.ZodMiniType,
) {
  return z.object({
    type: z.literal(type),
    id: z.string().check(z.minLength(1)),
    attributes,
    ...(relationships ? {relationships: z.optional(relationships)} : {}),
  });
}

export const emailEntity = entity('email', z.object({emailAddress: z.email().check(z.maxLength(120))}));

export const telephoneEntity = entity('telephone', z.object({telephoneNumberFull: text(40)}));

/** A place: in the person's words (`locationDetails`), or an address (or both). */
export const locationEntity = entity(
  'location',
  z.object({
    locationDetails: optionalText(4000),
    fullAddress: z.optional(z.string().check(z.minLength(1))),
    organisationName: optionalText(60),
    buildingNumber: optionalText(4),
    buildingName: optionalText(50),
    street: optionalText(160),
    dependentLocality: optionalText(35),
    cityOrTown: optionalText(35),
    county: optionalText(35),
    postcode: z.optional(z.string().check(z.regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/))),
    UPRN: z.optional(z.string().check(z.regex(/^\d{1,12}$/))),
  }),
);

/** A person, in any role: the role is the relationship that points at them. */
export const personEntity = entity(
  'person',
  z.object({
    givenName: z.optional(name),
    surname: optionalText(35),
    alias: optionalText(40),
    personDescription: optionalText(2000),
    clothingAtTimeOfIncident: optionalText(2000),
    dateOfBirth: z.optional(z.iso.date()),
    dateOfBirthKnown: z.optional(z.boolean()),
    occupation: optionalText(200),
    contactPreference: z.optional(z.array(code('CPNC'))),
    gender: z.optional(code('GNDR')),
    ethnicitySelfDefined: z.optional(code('ESDD')),
    disability: z.optional(z.boolean()),
    communicationNeeds: z.optional(z.boolean()),
    communicationNeedsDetails: optionalText(4000),
    welfareRisk: z.optional(z.boolean()),
    welfareRiskDetails: optionalText(4000),
    insuranceCompany: optionalText(100),
    insurancePolicyNumber: optionalText(50),
  }),
  z.object({
    personalEmail: z.optional(related('email')),
    personalTelephone: z.optional(related('telephone')),
    currentAddress: z.optional(related('location')),
    registeredGpAddress: z.optional(related('location')),
    ownershipOf: z.optional(related('property')),
    // How one person is related to another: the names the services use (SDM person-to-person relationships).
    responsibleFor: z.optional(related('person')),
    partner: z.optional(related('person')),
    exPartner: z.optional(related('person')),
    relativeOrOther: z.optional(related('person')),
    friend: z.optional(related('person')),
    acquaintanceOrOtherKnownRelationship: z.optional(related('person')),
  }),
);

/** Something stolen or damaged. */
export const propertyEntity = entity(
  'property',
  z.object({
    propertyDescription: text(2000),
    propertyApproxValue: optionalText(20),
    propertyUniqueNumber: optionalText(35),
    propertyDamaged: z.optional(z.boolean()),
  }),
);

/** A vehicle. */
export const vehicleEntity = entity(
  'vehicle',
  z.object({
    vehicleVRM: z.optional(z.string().check(z.regex(/^[A-Z0-9]{1,11}$/))),
    vehicleMakeDetails: optionalText(50),
    vehicleModel: optionalText(35),
    vehicleColour: optionalText(35),
    vehicleDamaged: z.optional(z.boolean()),
  }),
);

/** The person's own photos, video or audio: whether they have any, and how they are provided. */
export const evidenceEntity = entity(
  'evidence',
  z.object({
    yourVideoAudioPhotoEvidenceAvailable: z.boolean(),
    howToProvideYourMedia: z.optional(code('HTPY')),
  }),
);

/** A file uploaded with the report: its name, media type, and the address it is fetched from. */
export const attachmentEntity = entity(
  'attachment',
  z.object({
    attachmentName: text(255),
    attachmentMimeType: text(255),
    attachmentContent: z.url(),
  }),
);

export const submissionEntity = entity(
  'submission',
  z.object({
    forceIdentifier: z.int().check(z.gte(1), z.lte(99)),
    category: z.string().check(z.minLength(1)),
    submissionId: z.string().check(z.minLength(1)),
    submitTime: isoDateTime,
    userAgent: z.optional(z.string()),
    howInvolvedInCrime: z.optional(code('IVLD')),
    submissionContent: z.string().check(z.minLength(1)),
  }),
  z.object({attachments: z.optional(related('attachment'))}),
);

/** When it happened: the moment (start, end, exact time known), or a day only (the approximate date). */
export const incidentTimeAttributes = {
  incidentStartDateTime: z.optional(isoDateTime),
  incidentEndDateTime: z.optional(isoDateTime),
  incidentApproximateDate: z.optional(z.iso.date()),
  incidentExactTimeKnown: z.boolean(),
};

/** The incident (`data`): a UUID, the service's attributes, and its relationships to what `included` holds. */
export function incidentEntity<Attributes extends z.core.$ZodLooseShape, Relationships extends z.core.$ZodLooseShape>(
  attributes: z.ZodMiniObject<Attributes>,
  relationships: z.ZodMiniObject<Relationships>,
) {
  return z.object({type: z.literal('incident'), id: uuid, attributes, relationships});
}

/** A document: `data` is the incident, `included` every entity it relates to. */
export function sdmDocument<Shape extends z.core.$ZodLooseShape>(
  incident: z.ZodMiniObject<Shape>,
  included: ReadonlyArray<z.ZodMiniType>,
) {
  return z.object({
    data: incident,
    included: z.array(z.union(included as [z.ZodMiniType, ...z.ZodMiniType[]])),
  });
}
