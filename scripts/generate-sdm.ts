/**
 * The project's SDM profile (src/sdm/profile/: entities, code lists,
 * relationships, with their source) made into code: the rules the sandbox and
 * the conformance tests check documents against (src/generated/sdm-model.ts),
 * each code list with its words (src/generated/sdm-code-lists.ts), and the
 * choices the forms offer (src/generated/sdm-choices.ts): our wording
 * (src/sdm/choices.json) with each choice's code found in the profile by the
 * meaning it stands for. A force drops the official files into the profile
 * folder and runs `npm run generate`; nothing else changes by hand.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {AttributeRule} from '../src/sdm/sdm-model.js';

/** An attribute as the profile describes it: the rule, with words the checker does not need. */
type ProfileAttribute = AttributeRule & {component?: string; description?: string; items?: ProfileAttribute};
interface ProfileEntity {
  pole: string;
  attributes: Record<string, ProfileAttribute>;
}

/**
 * The person models are roles of one entity type, `person` (its role is the
 * relationship that points to it), and `stolenFromLocation` is a location: a
 * document carries them as `person` and `location`.
 */
const ENTITY_TYPE_OF: Record<string, string> = {
  personBase: 'person',
  victim: 'person',
  witness: 'person',
  suspect: 'person',
  offender: 'person',
  officer: 'person',
  stolenFromLocation: 'location',
};
/** The relationship table spells two target types otherwise than the models do (the models win). */
const RELATIONSHIP_TYPE_SPELLING: Record<string, string[]> = {
  drivingLicense: ['drivingLicence'],
  comms: ['email', 'telephone'],
};

function rule(attribute: ProfileAttribute): AttributeRule {
  const kept: AttributeRule = {};
  for (const key of ['type', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'codeList'] as const)
    if (attribute[key] !== undefined) (kept as Record<string, unknown>)[key] = attribute[key];
  if (attribute.items) kept.items = rule(attribute.items);
  return kept;
}

interface ProfileCode {
  code: string;
  en: string;
  cy?: string;
  /** The source's Deprecated column, as it wrote it (`Y`, `TRUE`…). */
  deprecated?: boolean | string;
}
interface ProfileCodeLists {
  source: object;
  codeLists: Record<string, {attribute: string; codes: ProfileCode[]}>;
}

/** One choice in src/sdm/choices.json: the SDM meaning it stands for, and our words for it. */
interface ChoiceWording {
  sdm: string;
  en: string;
  cy: string;
  cyReviewed: boolean;
}
interface ChoiceList {
  about: string;
  sdmList: string;
  choices: Record<string, ChoiceWording>;
}

/** The project's own wording of the forms' choices. */
export const projectChoicesFile = fileURLToPath(new URL('../src/sdm/choices.json', import.meta.url));

/**
 * A meaning as the words, not their typography: the source writes some
 * apostrophes as `&#39;`, an official file may curl them, end with a full stop
 * or change case.
 */
function meaning(text: string): string {
  return text
    .replace(/&#39;|&apos;|[‘’]/g, "'")
    .replace(/&quot;|[“”]/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

/**
 * The forms' choices, as a module: for each choice list in `choices` (our
 * wording), each choice with the code the profile gives its meaning, and
 * Welsh: the profile's where it has it (so reviewed), else ours with our mark.
 * Throws, naming the list and the meaning, when the profile has no such list,
 * no code or more than one with that meaning, or marks it deprecated.
 */
export function sdmChoicesSource(codeLists: ProfileCodeLists, choices: Record<string, ChoiceList>): string {
  const problem = (message: string) =>
    new Error(`src/sdm/choices.json: ${message} (npm run generate, from the SDM profile's code-lists.json)`);
  const lists = Object.entries(choices)
    .filter(([name]) => !name.startsWith('$'))
    .map(([name, {about, sdmList, choices: wording}]) => {
      if (!/^[A-Za-z_$][\w$]*$/.test(name))
        throw problem(`the choice list name ${JSON.stringify(name)} is not a name code can use`);
      const list = codeLists.codeLists[sdmList];
      if (!list) throw problem(`${name} comes from the SDM list ${sdmList}, which the profile does not have`);
      const entries = Object.entries(wording).map(([key, choice]) => {
        for (const field of ['sdm', 'en', 'cy'] as const)
          if (typeof choice[field] !== 'string' || choice[field].trim() === '')
            throw problem(`${name}.${key} has no ${field}`);
        const found = list.codes.filter((entry) => meaning(entry.en) === meaning(choice.sdm));
        if (found.length !== 1)
          throw problem(
            `${name}.${key} stands for "${choice.sdm}" in the SDM list ${sdmList} (${list.attribute}), but the profile has ${
              found.length === 0 ? 'no code' : `${found.length} codes (${found.map((entry) => entry.code).join(', ')})`
            } meaning that; its meanings: ${list.codes.map((entry) => `"${entry.en}"`).join(', ')}`,
          );
        const [{code, cy, deprecated}] = found;
        if (deprecated === true || (typeof deprecated === 'string' && !/^(n|no|false|0)?$/i.test(deprecated.trim())))
          throw problem(`${name}.${key}: the profile marks ${code} ("${choice.sdm}") deprecated`);
        const welsh = cy ? {cy, cyReviewed: true} : {cy: choice.cy, cyReviewed: choice.cyReviewed === true};
        return `  ${JSON.stringify(key)}: ${JSON.stringify({code, en: choice.en, ...welsh})},`;
      });
      return `/** ${about.replaceAll('*/', '*\\/')} From the SDM list ${sdmList}_ (${list.attribute}). */\nexport const ${name} = {\n${entries.join('\n')}\n} as const;`;
    });
  return `// Generated by scripts/generate-sdm.ts from src/sdm/choices.json and the SDM profile's code lists. Do not edit.
// Each choice the forms offer: its SDM code, our words, and whether the Welsh is reviewed (the profile's own Welsh
// is). Only these codes, not every list, so the forms load no more than they offer. Code lists' source: ${JSON.stringify(codeLists.source)}.
${lists.join('\n\n')}
`;
}

export function sdmModelSource(
  profileDirectory: string,
  choicesFile = projectChoicesFile,
): {model: string; codeLists: string; choices: string} {
  const read = (file: string) => JSON.parse(readFileSync(path.join(profileDirectory, file), 'utf8'));
  const entities = read('entities.json') as {source: object; entities: Record<string, ProfileEntity>};
  const relationships = read('relationships.json') as {relationships: Array<{from: string; to: string; name: string}>};
  const codeLists = read('code-lists.json') as ProfileCodeLists;

  const attributesByType: Record<string, Record<string, AttributeRule>> = {};
  for (const [model, entity] of Object.entries(entities.entities)) {
    const type = ENTITY_TYPE_OF[model] ?? model;
    attributesByType[type] ??= {};
    for (const [name, attribute] of Object.entries(entity.attributes)) attributesByType[type][name] ??= rule(attribute);
  }
  const allowed = new Set<string>();
  const asType = (model: string) => ENTITY_TYPE_OF[model] ?? model;
  for (const {from, to, name} of relationships.relationships)
    for (const target of RELATIONSHIP_TYPE_SPELLING[to] ?? [to])
      allowed.add(`${asType(from)} ${name} ${asType(target)}`);
  const codes = Object.fromEntries(
    Object.entries(codeLists.codeLists).map(([id, list]) => [id, list.codes.map((entry) => entry.code)]),
  );

  const banner = '// Generated by scripts/generate-sdm.ts from src/sdm/profile/. Do not edit.\n';
  const model = `${banner}import type {SdmModel} from '../sdm/sdm-model.js';

/** The SDM profile's rules: source ${JSON.stringify(entities.source)}. */
export const sdmModel: SdmModel = ${JSON.stringify(
    {attributes: attributesByType, relationships: [...allowed].sort(), codeLists: codes},
    null,
    1,
  )};
`;
  const lists = Object.entries(codeLists.codeLists)
    .map(
      ([id, list]) =>
        `/** ${list.attribute} (${id}_). */\nexport const ${id} = ${JSON.stringify(
          list.codes.map(({code, en, cy}) => (cy ? {code, en, cy} : {code, en})),
        )} as const;`,
    )
    .join('\n');
  return {
    model,
    choices: sdmChoicesSource(codeLists, JSON.parse(readFileSync(choicesFile, 'utf8'))),
    codeLists: `${banner}// Each list's codes with the words the source gives (English; Welsh where it has it). Source: ${JSON.stringify(codeLists.source)}.\n${lists}\n`,
  };
}

/** Writes the generated files from a profile folder (the project's own unless told). */
export function writeSdmModel(
  root: string,
  profileDirectory = path.join(root, 'src/sdm/profile'),
  choicesFile = path.join(root, 'src/sdm/choices.json'),
): void {
  const {model, codeLists, choices} = sdmModelSource(profileDirectory, choicesFile);
  const generated = path.join(root, 'src/generated');
  mkdirSync(generated, {recursive: true});
  writeFileSync(path.join(generated, 'sdm-model.ts'), model);
  writeFileSync(path.join(generated, 'sdm-code-lists.ts'), codeLists);
  writeFileSync(path.join(generated, 'sdm-choices.ts'), choices);
}
