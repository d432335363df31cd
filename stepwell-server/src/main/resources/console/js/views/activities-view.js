import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn, sfnAll } from '../api.js';
import { formatTime } from '../format.js';
import '../components/error-box.js';

/** <sw-activities-view>: the activities, creating one, and taking a task as a worker. */
class ActivitiesView extends LightElement {
  static properties = { activities: { state: true }, error: { state: true }, task: { state: true }, message: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.activities = await sfnAll('ListActivities', { maxResults: 1000 }, 'activities');
    } catch (e) {
      this.error = e;
      this.activities = [];
    }
  }

  render() {
    return html`<section class="page">
      <div class="page-head"><h1>Activities</h1></div>
      <form class="card inline-form" @submit=${this.create}>
        <label>New activity <input name="name" required placeholder="name"></label>
        <button type="submit">Create activity</button>
      </form>
      <sw-error-box .error=${this.error}></sw-error-box>
      ${this.message ? html`<p class="good">${this.message}</p>` : ''}
      ${this.activities?.length
        ? html`<table class="data" id="activities"><thead><tr><th>Name</th><th>ARN</th><th>Created</th><th></th></tr></thead><tbody>
          ${this.activities.map((a) => html`<tr><td>${a.name}</td><td class="mono">${a.activityArn}</td><td>${formatTime(a.creationDate)}</td>
            <td><button class="small" @click=${() => this.poll(a.activityArn)}>Take a task</button></td></tr>`)}
          </tbody></table>`
        : html`<p class="muted">${this.activities ? 'No activities.' : 'Loading…'}</p>`}
      ${this.task ? this.taskPanel() : ''}
    </section>`;
  }

  taskPanel() {
    return html`<div class="card">
      <h2>Task from ${this.task.activityArn.split(':').pop()}</h2>
      <div class="label">Input</div><pre>${this.task.input}</pre>
      <div class="label">Task token</div><pre class="token mono">${this.task.taskToken}</pre>
      <label>Output (JSON) <textarea id="activity-output" rows="3">{}</textarea></label>
      <button class="primary" @click=${() => this.answer('SendTaskSuccess', { output: this.querySelector('#activity-output').value })}>Send task success</button>
      <button class="danger" @click=${() => this.answer('SendTaskFailure', { error: 'Rejected', cause: 'Rejected from the console' })}>Send task failure</button>
    </div>`;
  }

  async create(e) {
    e.preventDefault();
    try {
      await sfn('CreateActivity', { name: new FormData(e.target).get('name') });
      e.target.reset();
      await this.load();
    } catch (err) {
      this.error = err;
    }
  }

  async poll(activityArn) {
    this.message = 'Asking for a task (up to a minute)…';
    try {
      const task = await sfn('GetActivityTask', { activityArn, workerName: 'stepwell-console' });
      this.task = task.taskToken ? { ...task, activityArn } : undefined;
      this.message = task.taskToken ? undefined : 'No task was waiting.';
    } catch (e) {
      this.error = e;
      this.message = undefined;
    }
  }

  async answer(action, body) {
    try {
      await sfn(action, { taskToken: this.task.taskToken, ...body });
      this.message = `${action} sent.`;
      this.task = undefined;
    } catch (e) {
      this.error = e;
    }
  }
}
customElements.define('sw-activities-view', ActivitiesView);
