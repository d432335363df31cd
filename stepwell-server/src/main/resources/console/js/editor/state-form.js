import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { fieldsOf, hasNext } from './state-fields.js';

/**
 * <sw-state-form>: one state's fields as a form. Fires `state-change` ({name, state}) with the
 * whole new state, `state-rename` ({from, to}) and `state-delete` ({name}). JSON fields apply
 * when they parse; until then they show why not. Inputs are bound to the values, not kept live,
 * so a re-render while the person types leaves their text alone.
 */
export class StateForm extends LightElement {
  static properties = {
    name: {},
    state: { attribute: false },
    siblings: { attribute: false },
    language: {},
    problems: { attribute: false },
    fieldErrors: { state: true },
  };

  constructor() {
    super();
    this.fieldErrors = {};
  }

  willUpdate(changed) {
    if (changed.has('name')) this.fieldErrors = {};
  }

  render() {
    const s = this.state;
    if (!s) return '';
    const language = s.QueryLanguage || this.language || 'JSONPath';
    const others = (this.siblings || []).filter((n) => n !== this.name);
    return html`<form class="state-form" @submit=${(e) => e.preventDefault()} data-state=${this.name}>
      <div class="page-head"><h2>${s.Type} state</h2>
        <button type="button" class="danger small" id="delete-state" @click=${() => this.fire('state-delete', { name: this.name })}>Delete</button></div>
      ${this.problems?.length
        ? html`<ul class="diagnostics state-problems">${this.problems.map((p) => html`<li class=${p.severity === 'WARNING' ? 'warning' : ''}>${p.code ? html`<b>${p.code}</b> ` : ''}${p.message}</li>`)}</ul>`
        : ''}
      <label>Name <input id="field-name" .value=${this.name} @change=${(e) => this.fire('state-rename', { from: this.name, to: e.target.value.trim() })}></label>
      <label>Comment <input id="field-Comment" .value=${s.Comment ?? ''} @change=${(e) => this.set('Comment', e.target.value || undefined)}></label>
      <label>Query language
        <select id="field-QueryLanguage" @change=${(e) => this.set('QueryLanguage', e.target.value || undefined)}>
          <option value="" ?selected=${!s.QueryLanguage}>as the state machine (${this.language || 'JSONPath'})</option>
          <option ?selected=${s.QueryLanguage === 'JSONPath'}>JSONPath</option>
          <option ?selected=${s.QueryLanguage === 'JSONata'}>JSONata</option>
        </select></label>
      ${hasNext(s.Type) ? this.nextField(s, others) : ''}
      ${s.Type === 'Choice' ? html`<label>Default
          <select id="field-Default" @change=${(e) => this.set('Default', e.target.value || undefined)}>
            <option value="" ?selected=${!s.Default}>(none)</option>
            ${others.map((n) => html`<option ?selected=${s.Default === n}>${n}</option>`)}
          </select></label>` : ''}
      ${fieldsOf(s.Type, language).map((f) => this.field(f, s))}
    </form>`;
  }

  nextField(s, others) {
    const value = s.End ? '' : s.Next ?? '';
    return html`<label>Next state
      <select id="field-Next" @change=${(e) => this.setNext(e.target.value)}>
        <option value="" ?selected=${value === ''}>(end of the workflow)</option>
        ${others.map((n) => html`<option ?selected=${value === n}>${n}</option>`)}
        ${value && !others.includes(value) ? html`<option selected value=${value}>${value} (no such state)</option>` : ''}
      </select></label>`;
  }

  field(f, s) {
    const id = `field-${f.key}`;
    const error = this.fieldErrors[f.key];
    if (f.kind === 'json') {
      const text = s[f.key] === undefined ? '' : JSON.stringify(s[f.key], null, 2);
      return html`<label>${f.key}
        <textarea id=${id} rows=${Math.min(10, Math.max(2, text.split('\n').length))} .value=${text}
          @change=${(e) => this.setJson(f.key, e.target.value)}></textarea>
        ${error ? html`<span class="field-problem">${error}</span>` : ''}</label>`;
    }
    return html`<label>${f.key}
      <input id=${id} type=${f.kind === 'number' ? 'number' : 'text'} .value=${s[f.key] === undefined ? '' : String(s[f.key])}
        @change=${(e) => this.set(f.key, e.target.value === '' ? undefined : f.kind === 'number' ? Number(e.target.value) : e.target.value)}></label>`;
  }

  setJson(key, text) {
    if (text.trim() === '') {
      this.fieldErrors = { ...this.fieldErrors, [key]: undefined };
      this.set(key, undefined);
      return;
    }
    try {
      const value = JSON.parse(text);
      this.fieldErrors = { ...this.fieldErrors, [key]: undefined };
      this.set(key, value);
    } catch (e) {
      this.fieldErrors = { ...this.fieldErrors, [key]: `Not applied: ${e.message}` };
    }
  }

  setNext(target) {
    const next = { ...this.state };
    if (target) {
      next.Next = target;
      delete next.End;
    } else {
      delete next.Next;
      next.End = true;
    }
    this.fire('state-change', { name: this.name, state: next });
  }

  set(key, value) {
    const next = { ...this.state };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.fire('state-change', { name: this.name, state: next });
  }

  fire(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
  }
}
customElements.define('sw-state-form', StateForm);
