import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn } from '../api.js';
import { buildGraph } from '../asl/graph-model.js';
import { formatTime } from '../format.js';
import { editorHref } from '../router.js';
import '../components/state-graph.js';
import '../components/code-editor.js';
import '../components/error-box.js';
import '../components/executions-list.js';
import '../components/start-execution.js';
import '../components/execution-counts.js';

/**
 * <sw-state-machine-view>: one state machine: its graph beside its definition, its versions and
 * aliases, its executions, and starting a new one.
 */
class StateMachineView extends LightElement {
  static properties = {
    arn: {},
    machine: { state: true },
    versions: { state: true },
    aliases: { state: true },
    error: { state: true },
    starting: { state: true },
    selected: { state: true },
  };

  updated(changed) {
    if (changed.has('arn')) this.load();
  }

  async load() {
    this.machine = undefined;
    try {
      this.machine = await sfn('DescribeStateMachine', { stateMachineArn: this.arn });
      this.definition = JSON.parse(this.machine.definition);
      this.model = buildGraph(this.definition);
      this.error = undefined;
    } catch (e) {
      this.error = e;
      return;
    }
    const [versions, aliases] = await Promise.all([
      sfn('ListStateMachineVersions', { stateMachineArn: this.arn, maxResults: 1000 }).catch(() => ({})),
      sfn('ListStateMachineAliases', { stateMachineArn: this.arn, maxResults: 100 }).catch(() => ({})),
    ]);
    this.versions = versions.stateMachineVersions || [];
    this.aliases = aliases.stateMachineAliases || [];
  }

  render() {
    if (this.error) return html`<section class="page"><sw-error-box .error=${this.error}></sw-error-box></section>`;
    const sm = this.machine;
    if (!sm) return html`<section class="page"><p class="muted">Loading…</p></section>`;
    return html`<section class="page">
      <div class="breadcrumbs"><a href="#/state-machines">State machines</a> / ${sm.name}</div>
      <div class="page-head">
        <h1>${sm.name}</h1>
        <div class="actions">
          <a class="button" href=${editorHref(this.arn)} id="edit">Edit</a>
          <button class="primary" id="start-execution" @click=${() => { this.starting = true; }}>Start execution</button>
        </div>
      </div>
      <dl class="facts">
        <dt>ARN</dt><dd class="mono">${sm.stateMachineArn}</dd>
        <dt>Type</dt><dd>${sm.type}</dd>
        <dt>Revision</dt><dd class="mono" id="revision">${sm.revisionId || 'initial (never updated)'}</dd>
        <dt>Created</dt><dd>${formatTime(sm.creationDate)}</dd>
        ${sm.updateDate ? html`<dt>Updated</dt><dd>${formatTime(sm.updateDate)}</dd>` : ''}
        <dt>Executions</dt><dd><sw-execution-counts .arn=${this.arn}></sw-execution-counts></dd>
      </dl>
      ${this.starting
        ? html`<sw-start-execution .stateMachineArn=${this.arn} @close=${() => { this.starting = false; }}></sw-start-execution>`
        : ''}
      <h2>Definition</h2>
      <div class="split definition-split">
        <sw-state-graph .model=${this.model} .selected=${this.selected}
          @state-select=${(e) => { this.selected = e.detail.name ?? undefined; }}></sw-state-graph>
        <sw-code-editor readonly .value=${JSON.stringify(this.definition, null, 2)}></sw-code-editor>
      </div>
      ${this.versionsAndAliases()}
      <h2>Executions</h2>
      <sw-executions-list .stateMachineArn=${this.arn}></sw-executions-list>
    </section>`;
  }

  versionsAndAliases() {
    return html`<div class="two-columns">
      <div>
        <h2>Versions</h2>
        ${this.versions?.length
          ? html`<table class="data" id="versions"><thead><tr><th>Version</th><th>Created</th></tr></thead><tbody>
              ${this.versions.map((v) => html`<tr><td class="mono">${v.stateMachineVersionArn.split(':').pop()}</td><td>${formatTime(v.creationDate)}</td></tr>`)}
            </tbody></table>`
          : html`<p class="muted">No versions published.</p>`}
      </div>
      <div>
        <h2>Aliases</h2>
        ${this.aliases?.length
          ? html`<table class="data" id="aliases"><thead><tr><th>Alias</th><th>Created</th></tr></thead><tbody>
              ${this.aliases.map((a) => html`<tr><td class="mono">${a.stateMachineAliasArn.split(':').pop()}</td><td>${formatTime(a.creationDate)}</td></tr>`)}
            </tbody></table>`
          : html`<p class="muted">No aliases.</p>`}
      </div>
    </div>`;
  }
}
customElements.define('sw-state-machine-view', StateMachineView);
