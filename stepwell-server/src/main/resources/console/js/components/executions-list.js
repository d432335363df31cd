import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn } from '../api.js';
import { formatDuration, formatTime, statusClass } from '../format.js';
import { executionHref, navigate } from '../router.js';
import './virtual-table.js';
import './error-box.js';

const PAGE = 1000;

/**
 * <sw-executions-list>: a state machine's executions, newest first, filtered by status (by the
 * API) and by name (among those loaded); pages of 1,000 are fetched with nextToken as the person
 * scrolls, and only the rows in view are drawn.
 */
export class ExecutionsList extends LightElement {
  static properties = {
    stateMachineArn: {},
    status: { state: true },
    search: { state: true },
    rows: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.status = '';
    this.search = '';
    this.rows = [];
  }

  updated(changed) {
    if (changed.has('stateMachineArn') || changed.has('status')) this.reload();
  }

  reload() {
    this.rows = [];
    this.nextToken = undefined;
    this.exhausted = false;
    this.generation = (this.generation || 0) + 1;
    this.more();
  }

  async more() {
    if (this.loading || this.exhausted || !this.stateMachineArn) return;
    this.loading = true;
    const generation = this.generation;
    try {
      const page = await sfn('ListExecutions', {
        stateMachineArn: this.stateMachineArn,
        maxResults: PAGE,
        ...(this.status ? { statusFilter: this.status } : {}),
        ...(this.nextToken ? { nextToken: this.nextToken } : {}),
      });
      if (generation !== this.generation) return;
      this.rows = [...this.rows, ...(page.executions || [])];
      this.nextToken = page.nextToken;
      this.exhausted = !page.nextToken;
      this.error = undefined;
    } catch (e) {
      this.error = e;
      this.exhausted = true;
    } finally {
      this.loading = false;
    }
  }

  render() {
    const needle = this.search.trim().toLowerCase();
    const rows = needle ? this.rows.filter((r) => r.name.toLowerCase().includes(needle)) : this.rows;
    return html`
      <div class="filters">
        <select aria-label="Status" @change=${(e) => { this.status = e.target.value; }}>
          <option value="">All statuses</option>
          ${['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'].map((s) => html`<option value=${s}>${s}</option>`)}
        </select>
        <input type="search" placeholder="Filter by name" aria-label="Filter by name"
          @input=${(e) => { this.search = e.target.value; }}>
        <span class="muted">${rows.length}${this.exhausted ? '' : '+'} executions${this.loading ? ' (loading…)' : ''}</span>
        <button class="small" @click=${() => this.reload()}>Refresh</button>
      </div>
      <sw-error-box .error=${this.error}></sw-error-box>
      <sw-virtual-table class="executions-table" .rows=${rows} .rowHeight=${30}
        .columns=${[
          { label: 'Name', width: 'minmax(200px, 2fr)', render: (r) => html`<a href=${executionHref(r.executionArn)}>${r.name}</a>` },
          { label: 'Status', width: '130px', render: (r) => html`<span class=${statusClass(r.status)}>${r.status}</span>` },
          { label: 'Started', width: '190px', render: (r) => formatTime(r.startDate) },
          { label: 'Stopped', width: '190px', render: (r) => formatTime(r.stopDate) },
          { label: 'Duration', width: '110px', render: (r) => formatDuration(r.startDate, r.stopDate) },
        ]}
        emptyText=${this.loading ? 'Loading…' : 'No executions.'}
        @near-end=${() => this.more()}
        @row-click=${(e) => navigate(executionHref(e.detail.row.executionArn))}></sw-virtual-table>
    `;
  }
}
customElements.define('sw-executions-list', ExecutionsList);
