import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import type {SohReportForm} from '../src/engine/report-form.js';
import type {SohField} from '../src/fields/field-element.js';
import {exampleDefinition} from './definition-example.js';
import {definePlayground, type DefinitionPlayground} from './definition-playground.js';
import {SANDBOX_ENDPOINT as ENDPOINT} from './sandbox-endpoint.js';

/**
 * A playground for service definitions: paste or edit one, see the checker's findings beside it, every page of the
 * form it makes (in each language and force theme: the controls above the preview, which start from the toolbar's),
 * and the SDM document the answers given in the preview would send. The format: the "Service definitions" page.
 */
const meta: Meta = {
  title: 'Service definitions/Playground',
  // The "Service definitions" page is this section's documentation.
  tags: ['!autodocs'],
  parameters: {layout: 'padded'},
  render: (_args, {globals}) => {
    definePlayground();
    return html`<story-definition-playground
      .source=${JSON.stringify(exampleDefinition, null, 2)}
      endpoint=${ENDPOINT}
      force=${globals.force || 'essex'}
      language=${globals.locale ?? 'en'}
    ></story-definition-playground>`;
  },
  // The preview keeps its answers as the form's draft: each story starts with none.
  loaders: [async () => void sessionStorage.removeItem(`soh:draft:definition:${exampleDefinition.id}`)],
};
export default meta;
type Story = StoryObj;

function playgroundIn(canvasElement: HTMLElement): ShadowRoot {
  return canvasElement.querySelector<DefinitionPlayground>('story-definition-playground')!.shadowRoot!;
}

const findingsStatus = (root: ShadowRoot) => root.querySelector('#findings-status')!.textContent!.trim();

/** The preview's form, once it shows a step of the definition. */
async function previewForm(root: ShadowRoot): Promise<SohReportForm> {
  return waitFor(
    () => {
      const form = root.querySelector<SohReportForm>('soh-report-form')!;
      expect(form.shadowRoot!.querySelector('form')).toBeTruthy();
      return form;
    },
    {timeout: 5000},
  );
}

/** The preview's field for `question`, once it is on the page and drawn. */
async function previewField(root: ShadowRoot, question: string): Promise<SohField<string>> {
  return waitFor(
    async () => {
      const form = root.querySelector<SohReportForm>('soh-report-form')!;
      const field = form.shadowRoot?.querySelector<SohField<string>>(`[data-question="${question}"]`);
      expect(field).toBeTruthy();
      await field!.updateComplete;
      return field!;
    },
    {timeout: 5000},
  );
}

/** The example definition, to edit or replace: no findings, and the form it makes, at the emergency question. */
export const Playground: Story = {
  play: async ({canvasElement}) => {
    const root = playgroundIn(canvasElement);
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));
    const form = await previewForm(root);
    expect(form.shadowRoot!.querySelector('soh-yes-no')).toBeTruthy();
    expect(root.querySelector<HTMLSelectElement>('#page')!.value).toBe('emergency');
  },
};

/**
 * Opening a page from the page list shows it, with the definition's words as its heading; an answer typed there is
 * in the SDM document beside it, where the declared mapping puts it, and on the check page; and in Welsh the page
 * speaks the definition's Welsh.
 */
export const AnswersAndTheDocument: Story = {
  play: async ({canvasElement}) => {
    const root = playgroundIn(canvasElement);
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));
    await previewForm(root);

    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#page')!, 'what');
    const what = await previewField(root, 'description');
    expect(what.headingElement?.textContent?.trim()).toBe('What did you see?');

    await userEvent.type(what.shadowRoot!.querySelector('textarea')!, 'About twenty people at a party');
    await waitFor(() => {
      const document = JSON.parse(root.querySelector('#sdm-document')!.textContent!) as {
        data: {attributes: Record<string, unknown>};
        included: Array<{type: string; attributes: Record<string, unknown>}>;
      };
      expect(document.data.attributes.incidentDescription).toBe('About twenty people at a party');
      const submission = document.included.find((entity) => entity.type === 'submission')!;
      expect(submission.attributes.forceIdentifier).toBe(42);
      expect(submission.attributes.submissionContent).toContain('What: About twenty people at a party');
    });
    expect(root.querySelector('#sdm-status')?.textContent).toMatch(/keeps to the Standard Data Model/);

    // The check page, with the answer under the definition's summary label.
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#page')!, 'check');
    await waitFor(
      () => {
        const summary = root.querySelector('soh-report-form')!.shadowRoot!.querySelector('[part="summary"]');
        expect(summary?.textContent?.replace(/\s+/g, ' ')).toContain('What About twenty people at a party');
      },
      {timeout: 5000},
    );

    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#page')!, 'what');
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#language')!, 'cy');
    await waitFor(async () => {
      const field = await previewField(root, 'description');
      expect(field.headingElement?.textContent?.trim()).toBe('Beth welsoch chi?');
      // Opened again where it was, with the answer kept.
      expect(field.value).toBe('About twenty people at a party');
    });
  },
};

/**
 * Editing the definition: a stray character makes it not JSON, and the finding says where; taken out again, no
 * findings. A condition on an answer its question cannot have is a finding with its JSON Pointer, which selects the
 * mistake in the editor; meanwhile the preview keeps the last definition that had no findings.
 */
export const FindingsWhileEditing: Story = {
  play: async ({canvasElement}) => {
    const root = playgroundIn(canvasElement);
    const editor = root.querySelector<HTMLTextAreaElement>('#editor')!;
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));
    await previewForm(root);

    await userEvent.type(editor, ',');
    await waitFor(() => expect(findingsStatus(root)).toBe('1 finding from the checker.'));
    expect(root.querySelector('.findings')!.textContent).toMatch(/This is not JSON/);
    await userEvent.type(editor, '{Backspace}');
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));

    // The "previous-reference" page is asked only when "alreadyReported" is "yes": make that "maybe".
    const condition = '"equals": "yes"';
    const at = editor.value.indexOf(condition);
    expect(at).toBeGreaterThan(0);
    await userEvent.type(editor, 'maybe', {
      initialSelectionStart: at + condition.length - 4,
      initialSelectionEnd: at + condition.length - 1,
    });
    expect(editor.value).toContain('"equals": "maybe"');
    await waitFor(() => expect(findingsStatus(root)).toBe('1 finding from the checker.'));
    const pointer = root.querySelector<HTMLButtonElement>('.findings button')!;
    expect(pointer.textContent!.trim()).toBe('/pages/4/when/equals');
    expect(pointer.closest('li')!.textContent).toMatch(/"alreadyReported" cannot be answered "maybe"/);
    expect(root.querySelector('#stale')!.textContent).toMatch(/shows the last one that had none/);
    await previewForm(root);

    await userEvent.click(pointer);
    expect(root.activeElement).toBe(editor);
    expect(editor.value.slice(editor.selectionStart, editor.selectionEnd)).toBe('"equals": "maybe"');
  },
};

/** A built-in service loaded into the editor: the checker finds nothing, and its first page is in the preview. */
export const BuiltInService: Story = {
  play: async ({canvasElement}) => {
    const root = playgroundIn(canvasElement);
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('#start-from')!, 'road-traffic');
    await userEvent.click([...root.querySelectorAll('button')].find((button) => /Load/.test(button.textContent!))!);
    await waitFor(() => expect(root.querySelector<HTMLTextAreaElement>('#editor')!.value).toContain('"road-traffic"'));
    await waitFor(() => expect(findingsStatus(root)).toMatch(/^No findings/));
    await previewForm(root);
  },
};
