import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { formatDuration, formatTime } from '../format.js';

/**
 * <sw-states-table>: the graph as a table (AWS's "table view"): each state with its status, how
 * often it was entered, and its first entry and last exit. Clicking a row fires `state-select` ({name}).
 */
export class StatesTable extends LightElement {
  static properties = {
    history: { attribute: false },
    names: { attribute: false },
    version: { type: Number },
    selected: {},
  };

  render() {
    if (!this.history || !this.names) return '';
    return html`<table class="data states-table" id="states-table">
      <thead><tr><th>State</th><th>Status</th><th>Visits</th><th>Entered</th><th>Duration</th></tr></thead>
      <tbody>${this.names.map((name) => {
        const visits = this.history.visitsByState.get(name) || [];
        const status = this.history.stateStatus(name);
        const first = visits[0];
        const last = visits[visits.length - 1];
        return html`<tr data-state=${name} data-status=${status} class=${name === this.selected ? 'selected' : ''}
            @click=${() => this.dispatchEvent(new CustomEvent('state-select', { detail: { name }, bubbles: true }))}>
          <td>${name}</td>
          <td><span class="badge st-${status}">${status.replace('-', ' ')}</span></td>
          <td>${visits.length || ''}</td>
          <td>${first ? formatTime(first.entered.timestamp) : ''}</td>
          <td>${last?.exited ? formatDuration(first.entered.timestamp, last.exited.timestamp) : ''}</td>
        </tr>`;
      })}</tbody>
    </table>`;
  }
}
customElements.define('sw-states-table', StatesTable);
