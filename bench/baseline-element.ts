import {html, LitElement} from 'lit';

/**
 * The baseline the bench measures our elements against, side by side: the
 * least a Lit element can be (a heading, two radios and a button), built
 * the same way as the library.
 */
class BenchBaseline extends LitElement {
  override render() {
    return html`<h1>Is anyone in immediate danger?</h1>
      <input type="radio" name="a" id="yes" /><label for="yes">Yes</label> <input type="radio" name="a" id="no" /><label
        for="no"
        >No</label
      >
      <button>Continue</button>`;
  }
}
customElements.define('bench-baseline', BenchBaseline);
