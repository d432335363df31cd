import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { functionLogs, getFunction, invokeFunction, listFunctions } from '../api.js';
import { formatTime, prettyJson } from '../format.js';
import '../components/error-box.js';

/**
 * <sw-functions-view>: the functions of the Lambda API; one function's configuration, an invoke
 * form with a JSON payload, and the log tails of this page's invocations (newest first).
 */
class FunctionsView extends LightElement {
  static properties = {
    name: {},
    functions: { state: true },
    detail: { state: true },
    invocations: { state: true },
    recent: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.invocations = [];
  }

  connectedCallback() {
    super.connectedCallback();
    listFunctions().then((f) => { this.functions = f; }, (e) => { this.error = e; this.functions = []; });
  }

  updated(changed) {
    if (changed.has('name')) {
      this.detail = undefined;
      this.invocations = [];
      this.recent = undefined;
      if (this.name) {
        getFunction(this.name).then((d) => { this.detail = d; }, (e) => { this.error = e; });
        this.loadRecent();
      }
    }
  }

  async loadRecent() {
    try {
      this.recent = await functionLogs({ function: this.name });
    } catch {
      this.recent = { recording: false, invocations: [] };
    }
  }

  render() {
    return html`<section class="page">
      <div class="page-head"><h1>Functions</h1></div>
      <sw-error-box .error=${this.error}></sw-error-box>
      <div class="split functions-split">
        <div>
          ${this.functions === undefined ? html`<p class="muted">Loading…</p>` : ''}
          ${this.functions?.length === 0 ? html`<p class="muted">No functions.</p>` : ''}
          ${this.functions?.length ? html`<table class="data" id="functions"><thead><tr><th>Name</th><th>Runtime</th><th>Handler</th><th>Modified</th></tr></thead>
            <tbody>${this.functions.map((f) => html`<tr class=${f.FunctionName === this.name ? 'selected' : ''}>
              <td><a href="#/functions/${encodeURIComponent(f.FunctionName)}">${f.FunctionName}</a></td>
              <td>${f.Runtime}</td><td class="mono">${f.Handler}</td><td>${formatTime(f.LastModified)}</td></tr>`)}</tbody></table>` : ''}
        </div>
        <div>${this.name ? this.invokePanel() : html`<p class="muted">Pick a function to invoke it.</p>`}</div>
      </div>
    </section>`;
  }

  invokePanel() {
    const c = this.detail?.Configuration;
    return html`<div class="card">
      <h2>${this.name}</h2>
      ${c ? html`<dl class="facts"><dt>ARN</dt><dd class="mono">${c.FunctionArn}</dd><dt>Timeout</dt><dd>${c.Timeout} s</dd>
        <dt>Memory</dt><dd>${c.MemorySize} MB</dd></dl>` : ''}
      <label>Payload (JSON) <textarea id="payload" rows="6">{}</textarea></label>
      <button class="primary" id="invoke" ?disabled=${this.busy} @click=${this.invoke}>Invoke</button>
      <h3>Invocations from this page</h3>
      ${this.invocations.length === 0 ? html`<p class="muted">None yet.</p>` : ''}
      ${this.invocations.map((i) => html`<div class="invocation ${i.functionError ? 'bad' : ''}">
        <div><b>${i.functionError ? `Error (${i.functionError})` : `HTTP ${i.status}`}</b> <span class="muted">${i.at}</span></div>
        <div class="label">Response</div><pre>${prettyJson(i.payload)}</pre>
        <div class="label">Log tail</div><pre class="log">${i.logs ?? '(the API returned no log tail)'}</pre>
      </div>`)}
      <h3>Recent log lines</h3>
      ${this.recentLogs()}
    </div>`;
  }

  recentLogs() {
    const r = this.recent;
    if (!r) return html`<p class="muted">Loading…</p>`;
    if (!r.recording) return html`<p class="muted">This server keeps no function log lines.</p>`;
    if (r.invocations.length === 0) return html`<p class="muted">No invocations recorded yet.</p>`;
    return r.invocations.map((i) => html`<div class="invocation-log">
      <div class="muted">${new Date(i.start).toLocaleString()} · request ${i.requestId} · ${i.outcome} · ${i.end - i.start} ms</div>
      <pre class="log">${i.lines.length ? i.lines.join('\n') : '(no log lines)'}</pre></div>`);
  }

  async invoke() {
    this.busy = true;
    try {
      const result = await invokeFunction(this.name, this.querySelector('#payload').value);
      this.invocations = [{ ...result, at: new Date().toLocaleTimeString() }, ...this.invocations].slice(0, 20);
      this.loadRecent();
      this.error = undefined;
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }
}
customElements.define('sw-functions-view', FunctionsView);
