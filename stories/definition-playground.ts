import {css, html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {checkService} from '../src/engine/check-service.js';
import type {Answers, Page, ServiceDefinition} from '../src/engine/definition.js';
import {answersInJourney} from '../src/engine/journey.js';
import {firstStep} from '../src/engine/navigation.js';
import {reportText} from '../src/engine/report-document.js';
import {declaredSdm} from '../src/engine/sdm-mapping.js';
import '../src/engine/soh-report-form.js';
import {forces} from '../src/forces/forces.js';
import {sdmModel} from '../src/generated/sdm-model.js';
import {serviceLoaders} from '../src/generated/service-loaders.js';
import {sdmBreaches, type SdmBreach} from '../src/sdm/conformance.js';
import type {SdmDocument} from '../src/sdm/json-api.js';
import {isoWithOffset} from '../src/sdm/submission.js';
import {exampleDefinition} from './definition-example.js';
import {locate, syntaxErrorPosition} from './json-locations.js';

/** A problem with the text in the editor: the checker's (a JSON Pointer), or where the text stops being JSON. */
interface Finding {
  pointer: string;
  message: string;
  /** Where in the text, when the text is not JSON. */
  position?: number;
}

/** A step the preview can open: a page, an "add another" item, the emergency question or check your answers. */
interface Step {
  at: string;
  label: string;
}

/**
 * What the form keeps in sessionStorage for a definition it was given (`soh:draft:definition:<id>`): where the
 * person is, and what they have answered.
 */
interface Draft {
  at: string;
  answers: Answers;
  submissionId?: string;
}

/** The document the answers so far would send, and whether it keeps to the SDM; or why it could not be built. */
type SdmPreview =
  | {kind: 'none'}
  | {kind: 'document'; document: SdmDocument; breaches: SdmBreach[]; declared: boolean}
  | {kind: 'error'; message: string};

const EXAMPLE = 'example';
const LANGUAGES = [
  {value: 'en', label: 'English'},
  {value: 'cy', label: 'Cymraeg (Welsh)'},
  {value: 'en-XA', label: 'Pseudo-locale'},
];

const draftKey = (id: string) => `soh:draft:definition:${id}`;

function readDraft(id: string): Draft | undefined {
  try {
    const draft = JSON.parse(sessionStorage.getItem(draftKey(id)) ?? 'null') as Draft | null;
    return draft && typeof draft.at === 'string' && typeof draft.answers === 'object' ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** What a page is called in the page list: its heading, as the form shows it in English. */
function pageName(page: Page): string {
  const heading = page.kind === 'repeat' ? page.ask.en : (page.title?.en ?? page.questions[0]?.label.en ?? '');
  return `${page.id}: ${heading}${page.when ? ' (only when its condition holds)' : ''}`;
}

/** Every step of a definition the preview can open, in order. */
function stepsOf(definition: ServiceDefinition): Step[] {
  return [
    ...(definition.sends === 'application' ? [] : [{at: 'emergency', label: 'The emergency question (always first)'}]),
    ...definition.pages.flatMap((page) => [
      {at: page.id, label: pageName(page)},
      ...(page.kind === 'repeat' ? [{at: `${page.id}/0`, label: `${page.id}/0: ${page.itemTitle.en}`}] : []),
    ]),
    {at: 'check', label: 'Check your answers'},
  ];
}

/** Placeholder ids for the document's entities (the form makes random ones): the same document for the same answers. */
function placeholderIds(): () => string {
  let count = 0;
  return () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`;
}

/**
 * A playground for service definitions, for designers and service owners: a definition as JSON in an editor, the
 * checker's findings beside it (each a JSON Pointer that shows its place in the text), the form it makes in any
 * language and force theme at any page, and the SDM document the answers given so far would send.
 *
 * The preview is a `<soh-report-form>` given the definition as its `definition` property. It keeps its answers as
 * its draft in sessionStorage (where reloading a form finds them), which is how the playground opens a page and
 * reads the answers back.
 */
export class DefinitionPlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #0b0c0c;
      font-family: system-ui, sans-serif;
      line-height: 1.4;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2rem;
    }
    @media (min-width: 64rem) {
      .layout {
        grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      }
    }
    h2 {
      font-size: 1.375rem;
      margin: 0 0 0.75rem;
    }
    section + section {
      margin-top: 2rem;
    }
    h3 {
      font-size: 1.125rem;
      margin: 1.5rem 0 0.5rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .hint {
      color: #484949;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    .controls > div {
      min-width: 0;
      max-width: 100%;
    }
    select,
    button,
    textarea {
      font: inherit;
      color: inherit;
    }
    select {
      max-width: 100%;
      min-height: 2.5rem;
      border: 2px solid #0b0c0c;
      background: #fff;
      padding: 0.25rem;
    }
    button {
      min-height: 2.5rem;
      padding: 0.375rem 0.75rem;
      border: 2px solid #0b0c0c;
      background: #f3f2f1;
      cursor: pointer;
    }
    button.pointer {
      min-height: 1.5rem;
      padding: 0;
      border: none;
      background: none;
      color: #1d70b8;
      text-decoration: underline;
      font-family: ui-monospace, monospace;
      text-align: start;
    }
    textarea {
      display: block;
      box-sizing: border-box;
      width: 100%;
      min-height: 36rem;
      padding: 0.5rem;
      border: 2px solid #0b0c0c;
      font:
        0.875rem/1.5 ui-monospace,
        monospace;
      tab-size: 2;
      white-space: pre;
    }
    :focus-visible {
      outline: 3px solid #ffdd00;
      outline-offset: 0;
      box-shadow: 0 0 0 5px #0b0c0c;
    }
    .status {
      font-weight: 700;
      margin: 1rem 0 0.5rem;
    }
    .status.sound {
      color: #00703c;
    }
    .status.faulty {
      color: #aa2a16;
    }
    .findings {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .findings li {
      margin-bottom: 0.5rem;
    }
    .notice {
      border-inline-start: 5px solid #1d70b8;
      padding: 0.25rem 0 0.25rem 0.75rem;
    }
    .preview {
      border: 1px solid #b1b4b6;
      padding: 1rem;
    }
    .document {
      max-height: 36rem;
      overflow: auto;
      border: 1px solid #b1b4b6;
      background: #f3f2f1;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      font:
        0.8125rem/1.5 ui-monospace,
        monospace;
    }
    code {
      font-family: ui-monospace, monospace;
    }
  `;

  /** The definition, as JSON text. */
  @property({attribute: false}) source = JSON.stringify(exampleDefinition, null, 2);

  /** The sandbox (or force endpoint) the preview's form would send to. */
  @property() endpoint = '';

  /** The force whose theme (and national code) the preview uses; empty for a national page. */
  @property() force = 'essex';

  /** The language the preview speaks: `en`, `cy` or `en-XA`. */
  @property() language = 'en';

  @state() private findings: Finding[] = [];
  /** The latest definition with no findings: what the preview shows. */
  @state() private definition?: ServiceDefinition;
  /** The same, as the preview's form gets it (one object, so the form is not given a new one at each render). */
  private previewDefinition?: ServiceDefinition;
  /** The editor's text has findings, so the preview shows an earlier one. */
  @state() private stale = false;
  @state() private answers: Answers = {};
  @state() private at = '';
  @state() private submissionId: string = crypto.randomUUID();
  /** A new value makes a new form (it opens where its draft says). */
  @state() private formKey = 0;
  @state() private checked = false;

  /** The editor's text (the `source` given, then as edited). */
  private text = '';

  @query('#editor') private editor?: HTMLTextAreaElement;
  @query('#start-from') private startFrom?: HTMLSelectElement;

  private checkTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
    clearTimeout(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) {
      this.text = this.source;
      this.check();
    }
    // Another language or force (the toolbar, or this element's own controls): a new form, at the same step.
    if (this.hasUpdated && (changed.has('language') || changed.has('force'))) this.formKey++;
  }

  protected override render(): TemplateResult {
    return html`<div class="layout" lang="en">
      <section aria-labelledby="definition-heading">
        <h2 id="definition-heading">Service definition</h2>
        ${this.renderStartFrom()}
        <label for="editor">Definition (JSON)</label>
        <p class="hint" id="editor-hint">
          Paste or edit a definition. It is checked as you type; the preview follows once it has no findings.
        </p>
        <textarea
          id="editor"
          spellcheck="false"
          autocomplete="off"
          autocapitalize="off"
          aria-describedby="editor-hint findings-status"
          .value=${this.text}
          @input=${this.onEdit}
        ></textarea>
        ${this.renderFindings()}
      </section>
      <div>
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          ${this.renderPreview()}
        </section>
        <section aria-labelledby="sdm-heading">
          <h2 id="sdm-heading">The SDM document these answers would send</h2>
          ${this.renderSdm()}
        </section>
      </div>
    </div>`;
  }

  private renderStartFrom(): TemplateResult {
    return html`<div class="controls">
      <div>
        <label for="start-from">Start from</label>
        <select id="start-from">
          <option value=${EXAMPLE}>The example on the Service definitions page</option>
          ${Object.keys(serviceLoaders).map((id) => html`<option value=${id}>Built-in service: ${id}</option>`)}
        </select>
      </div>
      <button type="button" @click=${this.loadStart}>Load into the editor</button>
      <button type="button" @click=${this.reformat}>Reformat the JSON</button>
    </div>`;
  }

  private renderFindings(): TemplateResult {
    const count = this.findings.length;
    const status = !this.checked
      ? ''
      : count === 0
        ? 'No findings: the checker finds nothing wrong with this definition.'
        : `${count} ${count === 1 ? 'finding' : 'findings'} from the checker.`;
    return html`<h3>The checker’s findings</h3>
      <p id="findings-status" class="status ${count === 0 ? 'sound' : 'faulty'}" role="status">${status}</p>
      ${
        count === 0
          ? nothing
          : html`<p class="hint">Each starts with its JSON Pointer: choose it to select that place in the editor.</p>
              <ol class="findings">
                ${this.findings.map(
                  (finding) =>
                    html`<li>
                      <button type="button" class="pointer" @click=${() => this.reveal(finding)}>
                        ${finding.pointer || '(the whole document)'}</button
                      >: ${finding.message}
                    </li>`,
                )}
              </ol>`
      }`;
  }

  private renderPreview(): TemplateResult {
    const definition = this.definition;
    if (!definition) return html`<p class="notice">The preview starts once the definition has no findings.</p>`;
    const steps = stepsOf(definition);
    // No draft yet: the form is at its first step.
    const current = this.at || firstStep(definition);
    const at = steps.some((step) => step.at === current) ? current : '';
    return html`${
        this.stale
          ? html`<p class="notice" id="stale">
              The editor’s definition has findings: the preview shows the last one that had none.
            </p>`
          : nothing
      }
      <p class="hint">
        Open any page with the current answers. The preview keeps them in this tab (as the form’s draft, even for a
        definition with <code>"draft": "none"</code>), so it can open any page and show what they would send.
      </p>
      <div class="controls">
        <div>
          <label for="page">Page</label>
          <select id="page" @change=${this.onPage}>
            ${at ? nothing : html`<option value="" selected>Choose a page</option>`}
            ${steps.map((step) => html`<option value=${step.at} ?selected=${step.at === at}>${step.label}</option>`)}
          </select>
        </div>
        <div>
          <label for="language">Language</label>
          <select id="language" @change=${this.onLanguage}>
            ${LANGUAGES.map(
              ({value, label}) => html`<option value=${value} ?selected=${value === this.language}>${label}</option>`,
            )}
          </select>
        </div>
        <div>
          <label for="force">Force (its theme)</label>
          <select id="force" @change=${this.onForce}>
            <option value="" ?selected=${this.force === ''}>None: a national page (asks where first)</option>
            ${forces.map(
              (force) => html`<option value=${force.id} ?selected=${force.id === this.force}>${force.name}</option>`,
            )}
          </select>
        </div>
        <button type="button" @click=${this.startAgain}>Start again</button>
      </div>
      <div
        class="preview"
        lang=${this.language}
        @input=${this.scheduleRefresh}
        @click=${this.scheduleRefresh}
        @keyup=${this.scheduleRefresh}
        @soh-report-sent=${this.scheduleRefresh}
      >
        ${keyed(
          `${this.formKey}`,
          html`<soh-report-form
            force=${this.force}
            endpoint=${this.endpoint}
            .definition=${this.previewDefinition}
          ></soh-report-form>`,
        )}
      </div>`;
  }

  private renderSdm(): TemplateResult {
    const preview = this.sdmPreview();
    if (preview.kind === 'none') return html`<p>None yet: the preview starts once the definition has no findings.</p>`;
    if (preview.kind === 'error')
      return html`<p id="sdm-status" class="status faulty">It could not be built: ${preview.message}</p>`;
    const {document, breaches, declared} = preview;
    return html`${
        declared
          ? nothing
          : html`<p class="notice">
              This definition declares no SDM mapping (<code>sdm</code>). Given to a form as a document, it sends the
              incident and the submission only, with every answer in <code>submissionContent</code>. (A built-in service
              without one maps its answers in code, which this page does not show.)
            </p>`
      }
      <p class="hint">
        From the answers given in the preview so far (only those on the pages their path goes through), as the form
        would send them now; <code>submissionContent</code> is the report as text, in English. Entity ids are
        placeholders.
      </p>
      <p id="sdm-status" class="status ${breaches.length === 0 ? 'sound' : 'faulty'}">
        ${
          breaches.length === 0
            ? 'It keeps to the Standard Data Model.'
            : `It breaks the Standard Data Model in ${breaches.length} ${breaches.length === 1 ? 'place' : 'places'}:`
        }
      </p>
      ${
        breaches.length === 0
          ? nothing
          : html`<ul class="findings">
              ${breaches.map((breach) => html`<li><code>${breach.pointer}</code>: ${breach.detail}</li>`)}
            </ul>`
      }
      <div class="document" role="region" aria-label="The SDM document, as JSON" tabindex="0">
        <pre id="sdm-document">${JSON.stringify(document, null, 2)}</pre>
      </div>`;
  }

  /** The SDM document for the answers so far, from the definition's declared mapping. */
  private sdmPreview(): SdmPreview {
    const definition = this.definition;
    if (!definition) return {kind: 'none'};
    // As the form sends them: the answers on the path the person took, none left empty.
    const kept = Object.fromEntries(
      Object.entries(answersInJourney(definition, this.answers)).filter(
        ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
      ),
    );
    // On a national page, the force the person chose (the form shows it as its `force`).
    const forceId = this.force || this.renderRoot.querySelector('soh-report-form')?.getAttribute('force') || '';
    const forceCode = forces.find((force) => force.id === forceId)?.nationalCode ?? '';
    try {
      const document = declaredSdm(
        // What a definition given to the form sends when it declares no mapping (definition-sending.ts).
        {...definition, sdm: definition.sdm ?? {incident: {}, entities: []}},
        kept,
        {
          forceCode,
          submissionId: this.submissionId,
          submitTime: isoWithOffset(new Date()),
          userAgent: navigator.userAgent,
          submissionContent: reportText(
            {service: definition, answers: kept, submissionId: this.submissionId, reference: ''},
            'en',
            (text) => text.en,
          ),
        },
        placeholderIds(),
      );
      return {kind: 'document', document, breaches: sdmBreaches(document, sdmModel), declared: !!definition.sdm};
    } catch (error) {
      return {kind: 'error', message: error instanceof Error ? error.message : String(error)};
    }
  }

  private onEdit(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), 300);
  }

  /** Checks the editor's text; a definition with no findings becomes the preview. */
  private check(): void {
    clearTimeout(this.checkTimer);
    this.checked = true;
    let document: unknown;
    try {
      document = JSON.parse(this.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.findings = [{pointer: '', message: `This is not JSON: ${message}`, position: syntaxErrorPosition(error)}];
      this.stale = this.definition !== undefined;
      return;
    }
    this.findings = checkService(document);
    this.stale = this.findings.length > 0 && this.definition !== undefined;
    if (this.findings.length === 0) this.show(document as ServiceDefinition);
  }

  private show(definition: ServiceDefinition): void {
    if (definition.id !== this.definition?.id) {
      const draft = readDraft(definition.id);
      this.answers = draft?.answers ?? {};
      this.at = draft?.at ?? '';
      this.submissionId = draft?.submissionId ?? crypto.randomUUID();
    }
    this.definition = definition;
    // Kept as a draft whatever the definition says, so the preview can open any page and read the answers back.
    this.previewDefinition = {...definition, draft: 'session'};
    this.formKey++;
  }

  private async loadStart(): Promise<void> {
    const chosen = this.startFrom?.value ?? EXAMPLE;
    const loader = chosen === EXAMPLE ? undefined : serviceLoaders[chosen];
    const loaded = loader ? await loader() : undefined;
    // A hand-off has no definition to edit: the example instead.
    const definition = loaded && 'definition' in loaded ? loaded.definition : exampleDefinition;
    this.text = JSON.stringify(definition, null, 2);
    this.check();
  }

  private reformat(): void {
    try {
      this.text = JSON.stringify(JSON.parse(this.text), null, 2);
      this.check();
    } catch {
      // Not JSON: the findings say where.
    }
  }

  /** Selects a finding's place in the editor (a missing key: its parent), and scrolls it into view. */
  private reveal(finding: Finding): void {
    const editor = this.editor;
    if (!editor) return;
    const span =
      finding.position === undefined
        ? locate(editor.value, finding.pointer)
        : {start: finding.position, end: finding.position + 1};
    editor.focus();
    if (!span) return;
    editor.setSelectionRange(span.start, span.end);
    const line = editor.value.slice(0, span.start).split('\n').length - 1;
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  /** Opens the preview at a step, with the answers so far (and those the step needs to be reached). */
  private onPage(event: Event): void {
    const definition = this.definition;
    const at = (event.target as HTMLSelectElement).value;
    if (!definition || !at) return;
    const answers: Record<string, Answers[string]> = {...this.answers};
    if (definition.sends !== 'application' && at !== 'emergency') answers.emergency = 'no';
    const [pageId, item] = at.split('/');
    if (item !== undefined) answers[`${pageId}.any`] = 'yes';
    sessionStorage.setItem(
      draftKey(definition.id),
      JSON.stringify({at, answers, submissionId: this.submissionId} satisfies Draft),
    );
    this.answers = answers;
    this.at = at;
    this.formKey++;
  }

  private onLanguage(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
  }

  private onForce(event: Event): void {
    this.force = (event.target as HTMLSelectElement).value;
  }

  private startAgain(): void {
    if (this.definition) sessionStorage.removeItem(draftKey(this.definition.id));
    this.answers = {};
    this.at = '';
    this.submissionId = crypto.randomUUID();
    this.formKey++;
  }

  /** After anything in the preview (an answer, Continue, Back, Change): its answers and step, from its draft. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    // After the form has handled it (a click's submit comes after the click).
    this.refreshTimer = setTimeout(() => {
      const draft = this.definition && readDraft(this.definition.id);
      if (!draft) return;
      this.answers = draft.answers;
      this.at = draft.at;
      if (draft.submissionId) this.submissionId = draft.submissionId;
    }, 0);
  }
}

/**
 * Registers `<story-definition-playground>`. A function the story calls, not a module's side effect: the package
 * marks only `soh-*` modules as having side effects, so a static build would drop a bare import of this one.
 */
export function definePlayground(): void {
  if (!customElements.get('story-definition-playground'))
    customElements.define('story-definition-playground', DefinitionPlayground);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-definition-playground': DefinitionPlayground;
  }
}
