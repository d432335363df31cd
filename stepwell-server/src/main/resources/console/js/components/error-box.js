import { html } from 'lit';
import { LightElement } from '../light-element.js';

/** <sw-error-box>: an API error (or any error) as AWS names it: its code and its message. */
export class ErrorBox extends LightElement {
  static properties = { error: { attribute: false } };

  render() {
    if (!this.error) return '';
    const e = this.error;
    return html`<div class="error-box" role="alert">
      <strong>${e.type || e.name || 'Error'}</strong> ${e.message}
    </div>`;
  }
}
customElements.define('sw-error-box', ErrorBox);
