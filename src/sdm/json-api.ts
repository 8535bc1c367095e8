/** A JSON:API resource identifier: what a relationship points at. */
export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface Resource extends ResourceIdentifier {
  attributes: Record<string, unknown>;
  relationships?: Record<string, {data: ResourceIdentifier[]}>;
}

/** An SDM document: the incident, and every entity it points to. */
export interface SdmDocument {
  data: Resource;
  included: Resource[];
}

/** Drops attributes with no value, so the document says only what the person said. */
export function withoutEmpty(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** Builds the document: entities are added as they are met, and related by role. */
export class SdmBuilder {
  private readonly included: Resource[] = [];
  private readonly newId: () => string;

  constructor(newId: () => string = () => crypto.randomUUID()) {
    this.newId = newId;
  }

  /** Adds an entity to `included` and answers its identifier. */
  add(type: string, attributes: Record<string, unknown>): Resource {
    const resource: Resource = {type, id: this.newId(), attributes: withoutEmpty(attributes)};
    this.included.push(resource);
    return resource;
  }

  /** Relates `target` to `owner` in the role `role` (one relationship per role). */
  relate(owner: Resource, role: string, target: ResourceIdentifier): void {
    owner.relationships ??= {};
    // Own properties only: a role named like an object's own (`constructor`) is a new one, not the inherited one.
    if (!Object.hasOwn(owner.relationships, role)) owner.relationships[role] = {data: []};
    owner.relationships[role].data.push({type: target.type, id: target.id});
  }

  /** The finished document, with `incident` as its data. */
  document(incident: Resource): SdmDocument {
    return {data: incident, included: this.included};
  }

  /** A new incident (not in `included`). */
  incident(attributes: Record<string, unknown>): Resource {
    return {type: 'incident', id: this.newId(), attributes: withoutEmpty(attributes)};
  }
}
