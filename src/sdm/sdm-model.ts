/**
 * The shape of the SDM profile's rules as code (generated into
 * src/generated/sdm-model.ts by scripts/generate-sdm.ts): what each entity
 * type may carry, which relationships may join two types, and each code
 * list's codes.
 */
export interface AttributeRule {
  type?: 'string' | 'boolean' | 'number' | 'integer' | 'array';
  /** `date` (YYYY-MM-DD), `date-time` (ISO 8601 with an offset), `time` (hh:mm or hh:mm:ss), `email`. */
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** The id of the code list the value must come from (`GNDR`). */
  codeList?: string;
  /** For an array: each item's rule. */
  items?: AttributeRule;
}

export interface SdmModel {
  /** Entity type (`incident`, `person`, `location`…) → attribute name → rule. */
  attributes: Record<string, Record<string, AttributeRule>>;
  /** `from name to`, one string each: `incident personReporting person`. */
  relationships: string[];
  /** Code list id → its codes. */
  codeLists: Record<string, string[]>;
}
