import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { LightElement } from '../light-element.js';
import { sfn } from '../api.js';
import { allStates, buildGraph } from '../asl/graph-model.js';
import { stateDefinition } from '../asl/task-token.js';
import { addState, connect, removeState, renameState, replaceState, scopeOf } from '../editor/definition-ops.js';
import { markersFor, problemsByState, stateOfPointer } from '../editor/diagnostics.js';
import { PALETTE } from '../editor/palette-items.js';
import { navigate, stateMachineHref } from '../router.js';
import '../components/state-graph.js';
import '../components/code-editor.js';
import '../components/error-box.js';
import '../editor/state-form.js';

/**
 * <sw-editor-view>: the visual editor, in the spirit of Workflow Studio: a palette of states, the
 * graph (click to select, Connect to draw a transition), a form for the selected state, and the
 * code; each follows the others. Diagnostics come from ValidateStateMachineDefinition and show
 * on the state they concern. Save is UpdateStateMachine: a new revision.
 */
class EditorView extends LightElement {
  static properties = {
    arn: {},
    machine: { state: true },
    text: { state: true },
    definition: { state: true },
    parseError: { state: true },
    selected: { state: true },
    diagnostics: { state: true },
    connecting: { state: true },
    error: { state: true },
    saved: { state: true },
    saving: { state: true },
  };

  updated(changed) {
    if (changed.has('arn')) this.load();
  }

  async load() {
    try {
      this.machine = await sfn('DescribeStateMachine', { stateMachineArn: this.arn });
      this.setDefinition(JSON.parse(this.machine.definition));
      this.error = undefined;
    } catch (e) {
      this.error = e;
    }
  }

  /** A new definition from the graph or the form: the code follows. */
  setDefinition(definition) {
    this.definition = definition;
    this.text = JSON.stringify(definition, null, 2);
    this.parseError = undefined;
    this.model = buildGraph(definition);
    this.validateSoon();
  }

  /** New code from the person: the graph and the form follow when it parses. */
  onCode(text) {
    this.text = text;
    try {
      this.definition = JSON.parse(text);
      this.parseError = undefined;
      this.model = buildGraph(this.definition);
      this.validateSoon();
    } catch (e) {
      this.parseError = e.message;
    }
  }

  validateSoon() {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => this.validate(), 400);
  }

  async validate() {
    const text = this.text;
    try {
      const result = await sfn('ValidateStateMachineDefinition', { definition: text, type: this.machine?.type || 'STANDARD' });
      if (text === this.text) this.diagnostics = result.diagnostics || [];
    } catch (e) {
      if (text === this.text) this.diagnostics = [{ severity: 'ERROR', code: e.type, message: e.message }];
    }
  }

  render() {
    if (this.error && !this.machine) return html`<section class="page"><sw-error-box .error=${this.error}></sw-error-box></section>`;
    if (!this.machine) return html`<section class="page"><p class="muted">Loading…</p></section>`;
    const problems = problemsByState(this.diagnostics);
    const selectedState = this.selected ? stateDefinition(this.definition, this.selected) : undefined;
    return html`<section class="page editor-page">
      <div class="breadcrumbs"><a href="#/state-machines">State machines</a> /
        <a href=${stateMachineHref(this.arn)}>${this.machine.name}</a> / Edit</div>
      <div class="page-head">
        <h1>Edit ${this.machine.name}</h1>
        <div class="actions">
          ${this.saved ? html`<span class="good" id="saved">Saved as revision ${this.saved}</span>` : ''}
          <a class="button" href=${stateMachineHref(this.arn)}>Close</a>
          <button class="primary" id="save" ?disabled=${!!this.parseError || this.saving} @click=${this.save}>Save</button>
        </div>
      </div>
      <sw-error-box .error=${this.error}></sw-error-box>
      ${this.diagnosticsList()}
      <div class="editor-layout">
        ${this.palette()}
        <div>
          <div class="filters">
            <button class="small ${this.connecting ? 'active' : ''}" id="connect" ?disabled=${!this.selected}
              @click=${() => { this.connecting = this.connecting ? undefined : this.selected; }}>Connect</button>
            <button class="small" id="delete" ?disabled=${!this.selected} @click=${() => this.remove(this.selected)}>Delete state</button>
            <span class="muted">Click a state to edit it; drag from the palette to add one after the selected state.</span>
          </div>
          ${this.connecting ? html`<div class="connect-hint">Click the state that <b>${this.connecting}</b> goes to next.</div>` : ''}
          <sw-state-graph class="editor-graph" .model=${this.model} .problems=${new Map([...problems].map(([k, v]) => [k, v.map((d) => d.message)]))}
            .selected=${this.selected} @state-select=${(e) => this.onSelect(e.detail.name)}
            @dragover=${(e) => { e.preventDefault(); e.currentTarget.classList.add('drop-target'); }}
            @dragleave=${(e) => e.currentTarget.classList.remove('drop-target')}
            @drop=${this.onDrop}></sw-state-graph>
        </div>
        <div>
          ${selectedState
            ? keyed(this.selected, html`<sw-state-form .name=${this.selected} .state=${selectedState} .language=${this.definition.QueryLanguage || 'JSONPath'}
                .siblings=${Object.keys(scopeOf(this.definition, this.selected)?.States || {})}
                .problems=${problems.get(this.selected) || []}
                @state-change=${(e) => this.setDefinition(replaceState(this.definition, e.detail.name, e.detail.state))}
                @state-rename=${(e) => this.rename(e.detail.from, e.detail.to)}
                @state-delete=${(e) => this.remove(e.detail.name)}></sw-state-form>`)
            : this.machineForm()}
        </div>
      </div>
      <h2>Code</h2>
      ${this.parseError ? html`<div class="error-box" id="parse-error">The code is not valid JSON, so the graph shows the last version that was: ${this.parseError}</div>` : ''}
      <div class="editor-code">
        <sw-code-editor .value=${this.text} .markers=${markersFor(this.text, this.diagnostics)}
          @code-change=${(e) => this.onCode(e.detail.value)}></sw-code-editor>
      </div>
    </section>`;
  }

  diagnosticsList() {
    const list = this.diagnostics || [];
    if (list.length === 0) return html`<div class="good" id="diagnostics-ok">${this.diagnostics ? '✓ No problems found by ValidateStateMachineDefinition' : ''}</div>`;
    return html`<ul class="diagnostics" id="diagnostics">${list.map((d) => {
      const state = stateOfPointer(d.location);
      return html`<li class=${d.severity === 'WARNING' ? 'warning' : ''} data-state=${state ?? ''}
          @click=${() => state && this.onSelect(state)}>
        <b>${d.code}</b> ${state ? html`in <b>${state}</b>: ` : ''}${d.message} <span class="muted mono">${d.location ?? ''}</span></li>`;
    })}</ul>`;
  }

  palette() {
    const language = this.definition?.QueryLanguage || 'JSONPath';
    return html`<div class="palette" id="palette"><h3>States</h3>
      ${PALETTE.map((item) => html`<button class="palette-item" draggable="true" data-item=${item.id}
          @dragstart=${(e) => e.dataTransfer.setData('text/plain', item.id)}
          @click=${() => this.add(item.id, language)}>${item.label}<small>${item.hint}</small></button>`)}
    </div>`;
  }

  machineForm() {
    const d = this.definition || {};
    return html`<form class="state-form" @submit=${(e) => e.preventDefault()}>
      <h2>State machine</h2>
      <p class="muted">Select a state to edit it.</p>
      <label>Comment <input .value=${d.Comment ?? ''} @change=${(e) => this.setTop('Comment', e.target.value || undefined)}></label>
      <label>Start at <select @change=${(e) => this.setTop('StartAt', e.target.value)}>
        ${Object.keys(d.States || {}).map((n) => html`<option ?selected=${d.StartAt === n}>${n}</option>`)}</select></label>
      <label>Query language <select @change=${(e) => this.setTop('QueryLanguage', e.target.value === 'JSONPath' ? undefined : e.target.value)}>
        <option ?selected=${d.QueryLanguage !== 'JSONata'}>JSONPath</option><option ?selected=${d.QueryLanguage === 'JSONata'}>JSONata</option></select></label>
      <label>TimeoutSeconds <input type="number" .value=${d.TimeoutSeconds ?? ''} @change=${(e) => this.setTop('TimeoutSeconds', e.target.value ? Number(e.target.value) : undefined)}></label>
    </form>`;
  }

  setTop(key, value) {
    const next = { ...this.definition };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.setDefinition(next);
  }

  onSelect(name) {
    if (this.connecting && name) {
      this.setDefinition(connect(this.definition, this.connecting, name));
      this.connecting = undefined;
    }
    this.selected = name ?? undefined;
  }

  onDrop(e) {
    e.preventDefault();
    e.currentTarget.classList.remove('drop-target');
    const id = e.dataTransfer.getData('text/plain');
    if (id) this.add(id, this.definition?.QueryLanguage || 'JSONPath');
  }

  add(id, language) {
    const item = PALETTE.find((p) => p.id === id);
    if (!item) return;
    const after = this.selected && allStates(this.definition).some((s) => s.name === this.selected) ? this.selected : undefined;
    const { definition, name } = addState(this.definition, item.base, (fresh) => item.make(fresh, language), after);
    this.setDefinition(definition);
    this.selected = name;
  }

  rename(from, to) {
    const next = renameState(this.definition, from, to);
    if (next !== this.definition) {
      this.setDefinition(next);
      this.selected = to;
    }
  }

  remove(name) {
    if (!name) return;
    this.setDefinition(removeState(this.definition, name));
    this.selected = undefined;
  }

  async save() {
    this.saving = true;
    try {
      const result = await sfn('UpdateStateMachine', { stateMachineArn: this.arn, definition: this.text });
      this.saved = result.revisionId || result.updateDate;
      this.error = undefined;
      navigate(stateMachineHref(this.arn));
    } catch (e) {
      this.error = e;
    } finally {
      this.saving = false;
    }
  }
}
customElements.define('sw-editor-view', EditorView);
