import {HTPY} from '../generated/sdm-code-lists.js';
import {codeByMeaning} from './code-by-meaning.js';
import type {Resource, SdmBuilder} from './json-api.js';

const UPLOADED_NOW = codeByMeaning(HTPY, 'Upload my evidence now');
const TO_COLLECT_LATER = codeByMeaning(HTPY, 'Describe evidence I have which will need to be collected later');

/**
 * The person's own photos, video or audio as an SDM `evidence` entity, related
 * to the incident as `incidentEvidence`: whether they have any, and whether it
 * was uploaded with the report (the files are the submission's attachments) or
 * is to be collected later.
 */
export function addMediaEvidence(
  builder: SdmBuilder,
  incident: Resource,
  {available, uploaded}: {available: boolean; uploaded: boolean},
): void {
  const evidence = builder.add('evidence', {
    yourVideoAudioPhotoEvidenceAvailable: available,
    howToProvideYourMedia: available ? (uploaded ? UPLOADED_NOW : TO_COLLECT_LATER) : undefined,
  });
  builder.relate(incident, 'incidentEvidence', evidence);
}
