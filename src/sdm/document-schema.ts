/**
 * The building blocks of an SDM document's schema, in `zod/mini`: each
 * service composes its own from these. The same schemas check a document in
 * the sandbox and become the JSON Schemas shipped in the package.
 */
import * as z from 'zod/mini';
import {selfDefinedEthnicity} from './code-lists.js';

export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({offset: true});
const name = z.string().check(z.minLength(1), z.maxLength(35));

function identifier<Type extends string>(type: Type) {
  return z.object({type: z.literal(type), id: z.string().check(z.minLength(1))});
}

/** A relationship to entities of one type. */
export function related<Type extends string>(type: Type) {
  return z.object({data: z.array(identifier(type)).check(z.minLength(1))});
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

export const emailEntity = entity('email', z.object({emailAddress: z.email()}));

export const telephoneEntity = entity(
  'telephone',
  z.object({telephoneNumber: z.string().check(z.minLength(5), z.maxLength(30))}),
);

/** A place: described in words, or an address (or both). */
export const locationEntity = entity(
  'location',
  z.object({
    description: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    addressLine1: z.optional(z.string().check(z.minLength(1))),
    addressLine2: z.optional(z.string()),
    town: z.optional(z.string()),
    county: z.optional(z.string()),
    postcode: z.optional(z.string().check(z.regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/))),
    uprn: z.optional(z.string().check(z.regex(/^\d{1,12}$/))),
  }),
);

export const personEntity = entity(
  'person',
  z.object({
    givenNames: z.optional(z.array(name).check(z.minLength(1))),
    surname: z.optional(name),
    description: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
    dateOfBirth: z.optional(z.iso.date()),
    dateOfBirthKnown: z.optional(z.boolean()),
    contactPreference: z.optional(z.string().check(z.regex(/^CPNC_\d{4}$/))),
    gender: z.optional(z.string().check(z.regex(/^GNDR_\d{4}$/))),
    selfDefinedEthnicity: z.optional(z.enum(Object.values(selfDefinedEthnicity).map((entry) => entry.code))),
    disability: z.optional(z.boolean()),
    communicationNeeds: z.optional(z.string().check(z.maxLength(500))),
    safeContactMethods: z.optional(z.array(z.enum(['phone', 'text', 'email', 'online']))),
    safeContactTimes: z.optional(z.array(z.enum(['morning', 'afternoon', 'evening']))),
    messageMayBeLeft: z.optional(z.boolean()),
  }),
  z.object({
    email: z.optional(related('email')),
    telephone: z.optional(related('telephone')),
    currentAddress: z.optional(related('location')),
  }),
);

/** Someone reported missing: who they are, what they look like, and what may help find them. */
export const missingPersonEntity = entity(
  'person',
  z.object({
    givenNames: z.array(name).check(z.minLength(1)),
    surname: name,
    knownAs: z.optional(z.string().check(z.maxLength(100))),
    dateOfBirth: z.optional(z.iso.date()),
    dateOfBirthKnown: z.boolean(),
    approximateAge: z.optional(z.string().check(z.maxLength(20))),
    description: z.string().check(z.minLength(1), z.maxLength(2000)),
    clothing: z.optional(z.string().check(z.maxLength(1000))),
    healthNeeds: z.boolean(),
    healthDescription: z.optional(z.string().check(z.maxLength(1000))),
    accessToMoney: z.enum(['yes', 'no', 'unknown']),
    onlineAccounts: z.optional(z.string().check(z.maxLength(1000))),
  }),
  z.object({telephone: z.optional(related('telephone'))}),
);

/** Something stolen or damaged. */
export const propertyEntity = entity(
  'property',
  z.object({
    description: z.string().check(z.minLength(1), z.maxLength(200)),
    value: z.optional(z.string()),
    serialNumber: z.optional(z.string()),
  }),
);

/** A vehicle involved. */
export const vehicleEntity = entity(
  'vehicle',
  z.object({
    registration: z.optional(z.string().check(z.regex(/^[A-Z0-9]{1,10}$/))),
    make: z.string().check(z.minLength(1), z.maxLength(50)),
    model: z.optional(z.string()),
    colour: z.optional(z.string()),
  }),
);

/** A vehicle in a collision: its registration known, with its driver and owner where known. */
export const roadVehicleEntity = entity(
  'vehicle',
  z.object({
    registration: z.string().check(z.regex(/^[A-Z0-9]{1,10}$/)),
    make: z.optional(z.string().check(z.maxLength(50))),
    model: z.optional(z.string()),
    colour: z.optional(z.string()),
  }),
  z.object({driver: z.optional(related('person')), owner: z.optional(related('person'))}),
);

/** A file uploaded with the report: where it is, and its SHA-256, which the endpoint checked. */
export const attachmentAttributes = z.object({
  fileName: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.string().check(z.minLength(1)),
  size: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  url: z.url(),
  captureTime: isoDateTime,
  caption: z.optional(z.string().check(z.maxLength(500))),
});

export const attachmentEntity = entity('attachment', attachmentAttributes);

export const submissionEntity = entity(
  'submission',
  z.object({
    forceIdentifier: z.int().check(z.gte(1), z.lte(99)),
    category: z.string().check(z.minLength(1)),
    submissionId: z.string().check(z.minLength(1)),
    submitTime: isoDateTime,
    userAgent: z.optional(z.string()),
    submissionContent: z.optional(z.string()),
  }),
);

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
