import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { functionLogs } from '../api.js';
import { toDate } from '../format.js';

/** The function a Lambda task state calls, from its resource or its FunctionName parameter. */
export function functionOf(state, parametersText) {
  let target = String(state?.Resource || '');
  if (!target.includes(':function:')) {
    try {
      target = String(JSON.parse(parametersText || '{}').FunctionName || '');
    } catch {
      target = '';
    }
  }
  const name = target.includes(':function:') ? target.split(':function:')[1] : target;
  return name.split(':')[0] || undefined;
}

function requestIdOf(resultText) {
  try {
    return JSON.parse(resultText || 'null')?.SdkResponseMetadata?.RequestId;
  } catch {
    return undefined;
  }
}

/**
 * <sw-function-logs>: the log lines the function of a Lambda task wrote during one visit of the
 * state: found by the request id of lambda:invoke's result, else by the function's invocations
 * while the state ran (one per attempt).
 */
export class FunctionLogs extends LightElement {
  static properties = {
    visit: { attribute: false },
    state: { attribute: false },
    version: { type: Number },
    answer: { state: true },
  };

  updated() {
    const v = this.visit;
    if (!v) return;
    const key = `${v.entered.id}:${v.events.length}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.load(v);
  }

  async load(v) {
    const name = functionOf(this.state, v.parameters);
    const requestId = v.attempts === 1 ? requestIdOf(v.result) : undefined;
    const scheduled = v.events.find((e) => /Scheduled$/.test(e.type)) || v.entered;
    const last = v.exited || v.lastEvent;
    const from = toDate(scheduled.timestamp)?.getTime() - 1000;
    const to = v.exited ? toDate(last.timestamp)?.getTime() + 1000 : undefined;
    try {
      const answer = await functionLogs(requestId ? { function: name, requestId } : { function: name, from, to });
      if (this.visit === v) this.answer = { ...answer, name };
    } catch (e) {
      this.answer = { error: e, name };
    }
  }

  render() {
    const a = this.answer;
    let body;
    if (!a) body = html`<p class="muted">Loading…</p>`;
    else if (a.error) body = html`<p class="bad">${a.error.message}</p>`;
    else if (!a.recording) body = html`<p class="muted" id="log-lines-missing">Not recorded: this server keeps no function log lines.</p>`;
    else if (a.invocations.length === 0) body = html`<p class="muted" id="log-lines-missing">No invocation of ${a.name} was recorded while this state ran (log lines are kept in memory, for the last 2,000 invocations).</p>`;
    else {
      body = [...a.invocations].reverse().map((i) => html`<div class="invocation-log">
        <div class="muted">${i.functionName} · request ${i.requestId} · ${i.outcome} · ${i.end - i.start} ms</div>
        <pre class="log log-lines">${i.lines.length ? i.lines.join('\n') : '(no log lines)'}</pre></div>`);
    }
    return html`<div class="logs"><div class="label">Function log lines${a?.name ? ` (${a.name})` : ''}</div>${body}</div>`;
  }
}
customElements.define('sw-function-logs', FunctionLogs);
