import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { formatDuration, formatTime } from '../format.js';
import { stateDefinition } from '../asl/task-token.js';
import './json-block.js';
import './task-token-panel.js';
import './function-logs.js';

/**
 * <sw-state-details>: what happened in one state of an execution: each visit's input,
 * parameters, result, output, timing, attempts and errors; for a visit waiting on a callback,
 * the task token and the buttons to answer it.
 */
export class StateDetails extends LightElement {
  static properties = {
    name: {},
    history: { attribute: false },
    definition: { attribute: false },
    executionArn: {},
    version: { type: Number },
    visitIndex: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('name')) this.visitIndex = undefined;
  }

  render() {
    if (!this.name) {
      return html`<div class="state-details empty muted">Click a state in the graph to see its input, output and events.</div>`;
    }
    const state = stateDefinition(this.definition, this.name) || {};
    const visits = this.history?.visitsByState.get(this.name) || [];
    const index = this.visitIndex ?? visits.length - 1;
    const visit = visits[index];
    const status = this.history?.stateStatus(this.name) ?? 'not-reached';
    return html`<div class="state-details" data-state=${this.name} data-status=${status}>
      <h2>${this.name} <span class="badge st-${status}">${status.replace('-', ' ')}</span></h2>
      <div class="muted">${state.Type}${state.Resource ? html` · <span class="mono">${state.Resource}</span>` : ''}</div>
      ${visits.length > 1 ? this.visitPicker(visits, index) : ''}
      ${visit ? this.visitDetails(visit, state) : html`<p class="muted">Not reached in this execution.</p>`}
      <details><summary>Definition</summary><pre>${JSON.stringify(state, null, 2)}</pre></details>
    </div>`;
  }

  /** Which visit to show: a list for a few, a number for Map states entered thousands of times. */
  visitPicker(visits, index) {
    if (visits.length > 100) {
      return html`<label class="visit-picker">Visit (1 to ${visits.length})
        <input type="number" min="1" max=${visits.length} .value=${String(index + 1)}
          @change=${(e) => { this.visitIndex = Math.min(visits.length, Math.max(1, Number(e.target.value))) - 1; }}></label>`;
    }
    return html`<label class="visit-picker">Visit
      <select @change=${(e) => { this.visitIndex = Number(e.target.value); }}>
        ${visits.map((v, i) => html`<option value=${i} ?selected=${i === index}>${i + 1} of ${visits.length} · ${v.status(this.history.status)}</option>`)}
      </select></label>`;
  }

  visitDetails(v, state) {
    const waiting = this.history.waitingVisits().includes(v);
    const exitedAt = v.exited?.timestamp;
    const running = v.status(this.history.status) === 'in-progress';
    return html`
      ${waiting ? html`<sw-task-token-panel .visit=${v} .definition=${this.definition} .executionArn=${this.executionArn}></sw-task-token-panel>` : ''}
      <dl class="facts">
        <dt>Entered</dt><dd>${formatTime(v.entered.timestamp)}</dd>
        <dt>Exited</dt><dd>${exitedAt ? formatTime(exitedAt) : '—'}</dd>
        <dt>Duration</dt><dd>${exitedAt ? formatDuration(v.entered.timestamp, exitedAt) : running ? 'running' : '—'}</dd>
        ${v.attempts ? html`<dt>Attempts</dt><dd id="attempts">${v.attempts} (${v.attempts - 1} ${v.attempts - 1 === 1 ? 'retry' : 'retries'}${state.Retry ? `, ${state.Retry.length} retriers` : ''})</dd>` : ''}
        ${v.worker ? html`<dt>Worker</dt><dd>${v.worker}</dd>` : ''}
        ${state.Type === 'Map' ? html`<dt>Iterations</dt><dd>${v.iterations.started} started, ${v.iterations.succeeded} succeeded, ${v.iterations.failed} failed</dd>` : ''}
      </dl>
      ${v.errors.length
        ? html`<div class="errors"><div class="label">Errors</div>${v.errors.map((e) => html`
            <div class="error-item"><b>${e.error ?? e.type}</b> <span class="muted">${e.type} · ${formatTime(e.timestamp)}</span>
              ${e.cause ? html`<pre>${e.cause}</pre>` : ''}</div>`)}</div>`
        : ''}
      <sw-json-block class="state-input" label="Input" .value=${v.input}></sw-json-block>
      ${v.parameters !== undefined ? html`<sw-json-block class="state-parameters" label="Parameters" .value=${v.parameters}></sw-json-block>` : ''}
      <sw-json-block class="state-output" label="Output" .value=${v.output} empty=${running ? 'not yet' : 'none'}></sw-json-block>
      ${this.logs(v, state)}
      ${v.result !== undefined
        ? html`<details><summary>Task result</summary><sw-json-block class="state-result" .value=${v.result}></sw-json-block></details>`
        : ''}
      <details><summary>Events (${v.events.length})</summary>
        <ol class="visit-events">${v.events.map((e) => html`<li><span class="mono">#${e.id}</span> ${e.type} <span class="muted">${formatTime(e.timestamp)}</span></li>`)}</ol>
      </details>
    `;
  }

  logs(v, state) {
    const lambda = v.resourceType === 'lambda' || String(state.Resource || '').includes(':function:');
    if (!lambda) return '';
    return html`<sw-function-logs .visit=${v} .state=${state} .version=${this.version}></sw-function-logs>`;
  }
}
customElements.define('sw-state-details', StateDetails);
