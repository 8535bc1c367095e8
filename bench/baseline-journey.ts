import {html, LitElement} from 'lit';

/**
 * The timing baseline: the least a Lit element can do of a report form's
 * first page (a heading, two radios, Continue), built the same way as the
 * library. Continue with nothing chosen shows an error; with a choice, the
 * next "page". (The size baseline, Lit alone, is baseline-element.ts.)
 */
class BenchJourney extends LitElement {
  static override properties = {step: {state: true}};
  declare step: 'ask' | 'error' | 'next';

  constructor() {
    super();
    this.step = 'ask';
  }

  override render() {
    if (this.step === 'next') return html`<h1 class="next">What happened?</h1>`;
    return html`<h1>Is anyone in immediate danger?</h1>
      ${this.step === 'error' ? html`<p class="error">Select yes or no</p>` : ''}
      <input type="radio" name="a" id="yes" /><label for="yes">Yes</label> <input type="radio" name="a" id="no" /><label
        for="no"
        >No</label
      >
      <button type="submit" @click=${this.next}>Continue</button>`;
  }

  private next() {
    this.step = this.renderRoot.querySelector('input:checked') ? 'next' : 'error';
  }
}
customElements.define('bench-journey', BenchJourney);
