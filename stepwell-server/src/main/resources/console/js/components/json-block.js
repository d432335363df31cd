import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { prettyJson } from '../format.js';

/** <sw-json-block>: a JSON text (or value) pretty-printed, with a label and a copy button. */
export class JsonBlock extends LightElement {
  static properties = { label: {}, value: { attribute: false }, empty: {} };

  render() {
    const text = prettyJson(this.value);
    return html`<div class="json-block">
      <div class="json-label">${this.label}
        ${text ? html`<button class="small link" @click=${() => navigator.clipboard?.writeText(text)}>copy</button>` : ''}
      </div>
      ${text ? html`<pre>${text}</pre>` : html`<div class="muted">${this.empty || '—'}</div>`}
    </div>`;
  }
}
customElements.define('sw-json-block', JsonBlock);
