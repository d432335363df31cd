import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn, waitingTasks } from '../api.js';
import { stateDefinition, taskToken } from '../asl/task-token.js';
import './error-box.js';

/**
 * <sw-task-token-panel>: for a visit waiting on a callback, its task token and buttons that send
 * SendTaskSuccess (with an output) or SendTaskFailure (with an error and a cause). For an
 * activity nobody has picked up, the console can take the task as a worker (GetActivityTask).
 * When the state does not pass its token in its parameters (e.g. sns:publish.waitForTaskToken
 * with only a phone number), the token comes from the server's waiting tasks of the execution.
 */
export class TaskTokenPanel extends LightElement {
  static properties = {
    visit: { attribute: false },
    definition: { attribute: false },
    executionArn: {},
    stored: { state: true },
    claimed: { state: true },
    sent: { state: true },
    error: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('visit') && changed.get('visit') !== undefined && changed.get('visit') !== this.visit) {
      this.claimed = undefined;
      this.sent = undefined;
      this.error = undefined;
      this.stored = undefined;
    }
  }

  updated(changed) {
    if (changed.has('visit') || changed.has('executionArn')) this.lookUpStoredToken();
  }

  /** The token of the waiting task kept by the server, when the parameters do not show it. */
  async lookUpStoredToken(tries = 5) {
    const v = this.visit;
    const arn = this.executionArn;
    if (!v || !arn || (tries === 5 && this.stored?.visit === v)) return;
    if (v.events.some((e) => e.type === 'ActivityScheduled')) return;
    if (taskToken(this.definition, v.name, v.parameters)) return;
    if (tries === 5) this.stored = { visit: v, token: undefined, looking: true };
    try {
      const { tasks } = await waitingTasks(arn);
      if (this.visit !== v) return;
      const match = tasks
        .filter((t) => this.sameResource(t.resource, v))
        .sort((a, b) => b.createdAt - a.createdAt || b.taskId - a.taskId)[0];
      // the page can show the waiting state a moment before the server has kept its task
      const again = !match && tries > 1;
      this.stored = { visit: v, token: match?.token, looking: again };
      if (again) setTimeout(() => this.visit === v && this.lookUpStoredToken(tries - 1), 1000);
    } catch (e) {
      this.error = e;
    }
  }

  sameResource(arn, v) {
    const declared = stateDefinition(this.definition, v.name)?.Resource;
    if (declared && arn === declared) return true;
    // TaskScheduled shapes arn:aws:states:::sns:publish.waitForTaskToken as sns + publish.waitForTaskToken
    const scheduled = v.resourceType ? `${v.resourceType}:${v.resource}` : v.resource;
    return Boolean(scheduled) && (arn === scheduled || arn.endsWith(`:${scheduled}`));
  }

  render() {
    const v = this.visit;
    if (!v) return '';
    const isActivity = v.events.some((e) => e.type === 'ActivityScheduled');
    const token = this.claimed?.taskToken
      ?? (isActivity ? undefined : taskToken(this.definition, v.name, v.parameters) ?? this.storedToken(v));
    if (this.sent) return html`<div class="callback card"><p class="good">${this.sent}</p></div>`;
    if (isActivity && !token) {
      return html`<div class="callback card">
        <h3>Waiting for an activity worker</h3>
        ${v.worker
          ? html`<p>Worker <b>${v.worker}</b> has this task; its token is with that worker.</p>`
          : html`<p>No worker has asked for this task yet (<span class="mono">${v.resource}</span>).</p>
            <button id="claim-activity" @click=${this.claim}>Take the task as a worker</button>`}
        <sw-error-box .error=${this.error}></sw-error-box>
      </div>`;
    }
    return html`<div class="callback card">
      <h3>Waiting for a callback</h3>
      ${token
        ? html`<div class="label">Task token</div><pre class="token mono" id="task-token">${token}</pre>`
        : html`<p class="muted">The task token is not among this state's parameters${this.stored?.visit === v && !this.stored.looking ? ' nor among the tasks waiting on the server' : ''}, so the console cannot send it.</p>`}
      ${this.claimed ? html`<div class="label">Activity input</div><pre>${this.claimed.input}</pre>` : ''}
      ${token
        ? html`
          <label>Output (JSON) <textarea id="callback-output" rows="3">{}</textarea></label>
          <button class="primary" id="send-success" @click=${() => this.succeed(token)}>Send task success</button>
          <div class="failure-fields">
            <label>Error <input id="callback-error" value="Rejected"></label>
            <label>Cause <input id="callback-cause" placeholder="why"></label>
            <button class="danger" id="send-failure" @click=${() => this.fail(token)}>Send task failure</button>
          </div>`
        : ''}
      <sw-error-box .error=${this.error}></sw-error-box>
    </div>`;
  }

  storedToken(v) {
    return this.stored?.visit === v ? this.stored.token : undefined;
  }

  async claim() {
    try {
      const task = await sfn('GetActivityTask', { activityArn: this.visit.resource, workerName: 'stepwell-console' });
      if (!task.taskToken) throw new Error('No task was waiting for this activity.');
      this.claimed = task;
      this.error = undefined;
    } catch (e) {
      this.error = e;
    }
  }

  async succeed(token) {
    const output = this.querySelector('#callback-output').value;
    try {
      JSON.parse(output);
    } catch (e) {
      this.error = { type: 'Invalid output', message: e.message };
      return;
    }
    await this.send('SendTaskSuccess', { taskToken: token, output }, 'Task success sent.');
  }

  async fail(token) {
    const error = this.querySelector('#callback-error').value;
    const cause = this.querySelector('#callback-cause').value;
    await this.send('SendTaskFailure', { taskToken: token, ...(error ? { error } : {}), ...(cause ? { cause } : {}) }, 'Task failure sent.');
  }

  async send(action, body, done) {
    try {
      await sfn(action, body);
      this.sent = done;
      this.error = undefined;
    } catch (e) {
      this.error = e;
    }
  }
}
customElements.define('sw-task-token-panel', TaskTokenPanel);
