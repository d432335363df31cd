import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { followHistory, sfn } from '../api.js';
import { allStates, buildGraph } from '../asl/graph-model.js';
import { HistoryModel } from '../asl/history-model.js';
import { formatDuration, formatTime, statusClass } from '../format.js';
import { executionHref, navigate, stateMachineHref } from '../router.js';
import '../components/state-graph.js';
import '../components/state-details.js';
import '../components/event-table.js';
import '../components/json-block.js';
import '../components/error-box.js';
import '../components/states-table.js';

const PAGE = 1000;

/**
 * <sw-execution-view>: one execution: its graph coloured by what each state did, updated live
 * from the history stream; the selected state's details; the event table; stop and redrive.
 */
class ExecutionView extends LightElement {
  static properties = {
    arn: {},
    selected: {},
    execution: { state: true },
    version: { state: true },
    error: { state: true },
    actionError: { state: true },
    loadingHistory: { state: true },
    stopping: { state: true },
  };

  constructor() {
    super();
    this.version = 0;
  }

  updated(changed) {
    if (changed.has('arn')) this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopFollowing?.();
  }

  async load() {
    this.stopFollowing?.();
    this.history = new HistoryModel();
    this.execution = undefined;
    this.error = undefined;
    const arn = this.arn;
    try {
      this.execution = await sfn('DescribeExecution', { executionArn: arn });
      const machine = await sfn('DescribeStateMachineForExecution', { executionArn: arn })
        .catch(() => sfn('DescribeStateMachine', { stateMachineArn: this.execution.stateMachineArn }));
      this.definition = JSON.parse(machine.definition);
      this.model = buildGraph(this.definition);
      this.stateNames = allStates(this.definition).map((s) => s.name);
    } catch (e) {
      this.error = e;
      return;
    }
    await this.loadHistory(arn);
    if (arn === this.arn) this.follow();
  }

  /** Every page of GetExecutionHistory, drawing as each arrives. */
  async loadHistory(arn) {
    this.loadingHistory = true;
    let nextToken;
    try {
      do {
        const page = await sfn('GetExecutionHistory', {
          executionArn: arn, maxResults: PAGE, ...(nextToken ? { nextToken } : {}),
        });
        if (arn !== this.arn) return;
        this.history.add(page.events || []);
        nextToken = page.nextToken;
        this.changed();
      } while (nextToken);
    } catch (e) {
      this.error = e;
    } finally {
      this.loadingHistory = false;
    }
  }

  follow() {
    if (this.execution?.status !== 'RUNNING' && this.history.status !== 'RUNNING') return;
    this.stopFollowing = followHistory(this.arn, this.history.lastId,
      (events) => {
        if (this.history.add(events) > 0) this.changed();
      },
      () => this.refreshExecution());
  }

  async refreshExecution() {
    try {
      this.execution = await sfn('DescribeExecution', { executionArn: this.arn });
    } catch (e) {
      this.error = e;
    }
  }

  /** Redraws at most once a frame, however fast events come. */
  changed() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.version++;
      this.statuses = this.history.statuses(this.stateNames);
    });
  }

  render() {
    if (this.error && !this.execution) {
      return html`<section class="page"><sw-error-box .error=${this.error}></sw-error-box></section>`;
    }
    const e = this.execution;
    if (!e) return html`<section class="page"><p class="muted">Loading…</p></section>`;
    const status = this.history.status !== 'RUNNING' ? this.history.status : e.status;
    const waiting = this.history.waitingVisits();
    return html`<section class="page execution-page" data-status=${status}>
      <div class="breadcrumbs"><a href="#/state-machines">State machines</a> /
        <a href=${stateMachineHref(e.stateMachineArn)}>${e.stateMachineArn.split(':').pop()}</a> / ${e.name}</div>
      <div class="page-head">
        <h1>${e.name} <span class=${statusClass(status)} id="execution-status">${status}</span></h1>
        <div class="actions">${this.actions(status)}</div>
      </div>
      <sw-error-box .error=${this.actionError}></sw-error-box>
      <dl class="facts">
        <dt>ARN</dt><dd class="mono">${e.executionArn}</dd>
        <dt>Started</dt><dd>${formatTime(e.startDate)}</dd>
        <dt>Stopped</dt><dd>${formatTime(e.stopDate) || '—'}</dd>
        <dt>Duration</dt><dd>${e.stopDate ? formatDuration(e.startDate, e.stopDate) : 'running'}</dd>
        ${e.stateMachineVersionArn ? html`<dt>Version</dt><dd class="mono">${e.stateMachineVersionArn}</dd>` : ''}
        ${e.stateMachineAliasArn ? html`<dt>Alias</dt><dd class="mono">${e.stateMachineAliasArn}</dd>` : ''}
        ${this.history.redriveCount ? html`<dt>Redrives</dt><dd>${this.history.redriveCount}</dd>` : ''}
        ${this.history.error ? html`<dt>Error</dt><dd class="bad">${this.history.error}</dd>` : ''}
        ${this.history.cause ? html`<dt>Cause</dt><dd class="mono">${this.history.cause}</dd>` : ''}
      </dl>
      ${waiting.length
        ? html`<div class="banner" id="waiting-banner">Waiting for a callback:
            ${waiting.map((v) => html`<a href=${executionHref(this.arn, v.name)}>${v.name}</a> `)}</div>`
        : ''}
      ${this.loadingHistory ? html`<p class="muted">Loading history… ${this.history.events.length} events</p>` : ''}
      <div class="split execution-split">
        <sw-state-graph legend .model=${this.model} .statuses=${this.statuses} .selected=${this.selected}
          @state-select=${(ev) => navigate(executionHref(this.arn, ev.detail.name))}></sw-state-graph>
        <sw-state-details .name=${this.selected} .history=${this.history} .definition=${this.definition}
          .executionArn=${this.arn}
          .version=${this.version}></sw-state-details>
      </div>
      <div class="two-columns">
        <sw-json-block label="Execution input" .value=${e.input ?? this.history.input}></sw-json-block>
        <sw-json-block label="Execution output" .value=${this.history.output ?? e.output} empty=${status === 'RUNNING' ? 'not yet' : 'none'}></sw-json-block>
      </div>
      <h2>States</h2>
      <sw-states-table .history=${this.history} .names=${this.stateNames} .version=${this.version}
        .selected=${this.selected}
        @state-select=${(ev) => navigate(executionHref(this.arn, ev.detail.name))}></sw-states-table>
      <h2>Events</h2>
      <sw-event-table .history=${this.history} .version=${this.version}></sw-event-table>
    </section>`;
  }

  actions(status) {
    const buttons = [];
    if (status === 'RUNNING') {
      buttons.push(this.stopping
        ? html`<span class="stop-form">
            <input id="stop-error" placeholder="error (optional)"><input id="stop-cause" placeholder="cause (optional)">
            <button class="danger" id="confirm-stop" @click=${this.stop}>Stop execution</button>
            <button @click=${() => { this.stopping = false; }}>Cancel</button></span>`
        : html`<button class="danger" id="stop" @click=${() => { this.stopping = true; }}>Stop</button>`);
    }
    if (['FAILED', 'ABORTED', 'TIMED_OUT'].includes(status)) {
      buttons.push(html`<button id="redrive" @click=${this.redrive}>Redrive</button>`);
    }
    buttons.push(html`<a class="button" href=${stateMachineHref(this.execution.stateMachineArn)}>State machine</a>`);
    return buttons;
  }

  async stop() {
    const error = this.querySelector('#stop-error').value;
    const cause = this.querySelector('#stop-cause').value;
    try {
      await sfn('StopExecution', { executionArn: this.arn, ...(error ? { error } : {}), ...(cause ? { cause } : {}) });
      this.stopping = false;
      this.actionError = undefined;
    } catch (e) {
      this.actionError = e;
    }
  }

  async redrive() {
    try {
      await sfn('RedriveExecution', { executionArn: this.arn });
      this.actionError = undefined;
      await this.refreshExecution();
      this.history.status = 'RUNNING';
      this.stopFollowing?.();
      this.follow();
    } catch (e) {
      this.actionError = e;
    }
  }
}
customElements.define('sw-execution-view', ExecutionView);
