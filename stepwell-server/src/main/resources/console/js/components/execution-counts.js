import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn } from '../api.js';

const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];
const CAP = 1000;

/**
 * <sw-execution-counts>: how many executions of a state machine have each status (counted up to
 * 1,000 per status, one ListExecutions page; more shows as "1000+").
 */
export class ExecutionCounts extends LightElement {
  static properties = { arn: {}, counts: { state: true } };

  updated(changed) {
    if (changed.has('arn') && this.arn) this.load();
  }

  async load() {
    const counts = {};
    await Promise.all(STATUSES.map(async (status) => {
      try {
        const page = await sfn('ListExecutions', { stateMachineArn: this.arn, statusFilter: status, maxResults: CAP });
        const n = (page.executions || []).length;
        counts[status] = page.nextToken ? `${n}+` : n;
      } catch {
        counts[status] = 0;
      }
    }));
    this.counts = counts;
  }

  render() {
    if (!this.counts) return html`<span class="muted">…</span>`;
    const shown = STATUSES.filter((s) => this.counts[s] && this.counts[s] !== 0);
    if (shown.length === 0) return html`<span class="muted">none</span>`;
    return html`${shown.map((s) => html`<span class="count status-${s.toLowerCase().replace('_', '-')}" title=${s}>${s.toLowerCase().replace('_', ' ')} ${this.counts[s]}</span>`)}`;
  }
}
customElements.define('sw-execution-counts', ExecutionCounts);
