import {str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../core/localize/translator.js';
import type {Answers, Bilingual, ItemAnswers, RepeatPage} from '../definition.js';
import {anyKey} from '../journey.js';
import {renderQuestion, type QuestionContext} from './question-view.js';

type Pick = (text: Bilingual) => string;

/** "Do you know anything about who did it?": the question that starts an "add another". */
export function renderRepeatEntry(page: RepeatPage, answers: Answers, pick: Pick): TemplateResult {
  return html`<soh-yes-no
    data-question=${anyKey(page)}
    name=${anyKey(page)}
    label=${pick(page.ask)}
    yes-label=${pick(page.askAnswers.yes)}
    no-label=${pick(page.askAnswers.no)}
    required
    required-message=${pick(page.askRequiredMessage)}
    heading-level="1"
    .value=${String(answers[anyKey(page)] ?? '')}
  ></soh-yes-no>`;
}

/** The questions about one item, under a numbered heading. */
export function renderRepeatItem(
  page: RepeatPage,
  index: number,
  item: ItemAnswers,
  context: Omit<QuestionContext, 'headingLevel'>,
): TemplateResult {
  return html`<h1 class="heading" tabindex="-1">${context.pick(page.itemTitle)} ${index + 1}</h1>
    ${page.questions.map((question) => renderQuestion(question, item[question.id], {...context, headingLevel: 0}))}`;
}

/**
 * The items so far, each with Change and Remove, then "Do you need to add
 * another?" while there is room for one.
 */
export function renderRepeatList(
  page: RepeatPage,
  items: ReadonlyArray<ItemAnswers>,
  describe: (item: ItemAnswers) => string,
  actions: {change: (index: number) => void; remove: (index: number) => void},
  pick: Pick,
  msg: Msg,
): TemplateResult {
  return html`<h1 class="heading" tabindex="-1">${pick(page.listTitle)}</h1>
    <dl class="summary" part="summary">
      ${items.map((item, index) => {
        const name = `${pick(page.itemName)} ${index + 1}`;
        return html`<div class="summary__row">
          <dt class="summary__key">${name}</dt>
          <dd class="summary__value"><span class="summary__answer">${describe(item)}</span></dd>
          <dd class="summary__actions">
            <button type="button" class="link-button" @click=${() => actions.change(index)}>
              ${msg('Change', {id: 'engine.check.change'})}<span class="visually-hidden"> ${name}</span>
            </button>
            <button type="button" class="link-button" @click=${() => actions.remove(index)}>
              ${msg('Remove', {id: 'engine.repeat.remove'})}<span class="visually-hidden"> ${name}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>
    ${
      items.length < page.max
        ? html`<soh-yes-no
            data-question="${page.id}.another"
            name="${page.id}.another"
            label=${pick(page.addAnother)}
            yes-label=${msg('Yes', {id: 'engine.repeat.another-yes'})}
            no-label=${msg('No', {id: 'engine.repeat.another-no'})}
            required
            required-message=${msg('Select yes if you need to add another', {id: 'engine.repeat.another-required'})}
          ></soh-yes-no>`
        : html`<p>${msg(str`You can add up to ${page.max}.`, {id: 'engine.repeat.max'})}</p>`
    }
    ${nothing}`;
}
