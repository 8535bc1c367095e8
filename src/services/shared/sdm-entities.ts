import * as z from 'zod/mini';
import {entity, personEntity, propertyEntity} from '../../sdm/document-schema.js';

/** A code of one SDM list (`SKWN_0003`); the conformance check knows the list's codes. */
export const sdmCode = (list: string) => z.string().check(z.regex(new RegExp(`^${list}_\\w+$`)));

/** A person with attributes a service sends beyond the shared ones (a suspect's `suspectKnown`). */
export function personWith<Shape extends z.core.$ZodLooseShape>(attributes: Shape) {
  return z.extend(personEntity, {attributes: z.extend(personEntity.shape.attributes, attributes)});
}

/** Whether the person reporting knows who the suspect is (SKWN). */
export const suspectKnownAttribute = {suspectKnown: z.optional(sdmCode('SKWN'))};

/**
 * Something stolen or damaged, with its kind: SOH's stolen item type (SITP) in the SDM's `propertyCategory`, which
 * the SDM types as text (another sender may write words).
 */
export const categorisedPropertyEntity = z.extend(propertyEntity, {
  attributes: z.extend(propertyEntity.shape.attributes, {
    propertyCategory: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
  }),
});

/** A weapon used or seen: its kind (WTLT), the person's description, or both. */
export const weaponEntity = entity(
  'weapon',
  z.object({
    weaponType: z.optional(sdmCode('WTLT')),
    weaponDetails: z.optional(z.string().check(z.minLength(1), z.maxLength(4000))),
  }),
);
