import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn } from '../api.js';
import { executionHref, navigate } from '../router.js';
import './code-editor.js';
import './error-box.js';

/**
 * <sw-start-execution>: a name and a JSON input, checked as the person types; StartExecution,
 * then the new execution's view. Fires `close` when cancelled.
 */
export class StartExecution extends LightElement {
  static properties = {
    stateMachineArn: {},
    input: { state: true },
    problem: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.input = '{\n  "Comment": "Insert your JSON here"\n}';
    this.problem = undefined;
  }

  render() {
    return html`<div class="card start-execution">
      <h2>Start execution</h2>
      <label>Name (optional) <input id="execution-name" placeholder="a unique name; a UUID when empty"></label>
      <div class="label">Input</div>
      <sw-code-editor id="execution-input" .value=${this.input} @code-change=${(e) => this.check(e.detail.value)}></sw-code-editor>
      <div class="input-check ${this.problem ? 'bad' : 'good'}" id="input-check">
        ${this.problem ? `✗ ${this.problem}` : '✓ Valid JSON'}
      </div>
      <sw-error-box .error=${this.error}></sw-error-box>
      <div class="actions">
        <button @click=${() => this.dispatchEvent(new CustomEvent('close'))}>Cancel</button>
        <button class="primary" id="start" ?disabled=${!!this.problem || this.busy} @click=${this.start}>Start execution</button>
      </div>
    </div>`;
  }

  check(text) {
    this.input = text;
    try {
      JSON.parse(text);
      this.problem = undefined;
    } catch (e) {
      this.problem = e.message;
    }
  }

  async start() {
    const name = this.querySelector('#execution-name').value.trim();
    this.busy = true;
    try {
      const started = await sfn('StartExecution', {
        stateMachineArn: this.stateMachineArn,
        input: this.input,
        ...(name ? { name } : {}),
      });
      navigate(executionHref(started.executionArn));
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('sw-start-execution', StartExecution);
