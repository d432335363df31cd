import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { sfn, sfnAll } from '../api.js';
import { formatTime } from '../format.js';
import { editorHref, navigate, stateMachineHref } from '../router.js';
import '../components/error-box.js';
import '../components/execution-counts.js';

const NEW_DEFINITION = {
  Comment: 'A new state machine',
  StartAt: 'Hello',
  States: { Hello: { Type: 'Pass', Result: 'Hello, world', End: true } },
};

// AWS gives no revisionId until a state machine is first updated.
function revisionText(extra) {
  if (!extra) return '…';
  if (!extra.revisionId) return 'initial';
  return extra.revisionId.length > 12 ? extra.revisionId.slice(0, 8) : extra.revisionId;
}

/** <sw-state-machines-view>: every state machine, with its versions, aliases and executions. */
class StateMachinesView extends LightElement {
  static properties = {
    machines: { state: true },
    extra: { state: true },
    error: { state: true },
    creating: { state: true },
  };

  constructor() {
    super();
    this.machines = undefined;
    this.extra = new Map();
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.machines = await sfnAll('ListStateMachines', { maxResults: 1000 }, 'stateMachines');
      this.error = undefined;
    } catch (e) {
      this.error = e;
      this.machines = [];
    }
    // the details each row shows, a few state machines at a time
    const queue = [...this.machines];
    const worker = async () => {
      for (let sm = queue.shift(); sm; sm = queue.shift()) await this.loadExtra(sm.stateMachineArn);
    };
    await Promise.all([worker(), worker(), worker()]);
  }

  async loadExtra(arn) {
    const [described, versions, aliases] = await Promise.all([
      sfn('DescribeStateMachine', { stateMachineArn: arn }).catch(() => ({})),
      sfn('ListStateMachineVersions', { stateMachineArn: arn, maxResults: 1000 }).catch(() => ({})),
      sfn('ListStateMachineAliases', { stateMachineArn: arn, maxResults: 100 }).catch(() => ({})),
    ]);
    this.extra = new Map(this.extra).set(arn, {
      revisionId: described.revisionId,
      updated: described.updateDate,
      versions: versions.stateMachineVersions || [],
      aliases: aliases.stateMachineAliases || [],
    });
  }

  render() {
    return html`<section class="page">
      <div class="page-head">
        <h1>State machines</h1>
        <button class="primary" @click=${() => { this.creating = !this.creating; }}>Create state machine</button>
      </div>
      ${this.creating ? this.createForm() : ''}
      <sw-error-box .error=${this.error}></sw-error-box>
      ${this.machines === undefined ? html`<p class="muted">Loading…</p>` : this.table()}
    </section>`;
  }

  table() {
    if (this.machines.length === 0) {
      return html`<p class="muted">No state machines yet. Create one here, or with
        <code>aws stepfunctions create-state-machine --endpoint-url ${location.origin}</code>.</p>`;
    }
    return html`<table class="data" id="state-machines">
      <thead><tr><th>Name</th><th>Type</th><th>Revision</th><th>Versions</th><th>Aliases</th><th>Executions by status</th><th>Created</th></tr></thead>
      <tbody>${this.machines.map((sm) => this.row(sm))}</tbody>
    </table>`;
  }

  row(sm) {
    const extra = this.extra.get(sm.stateMachineArn);
    return html`<tr data-arn=${sm.stateMachineArn}>
      <td><a href=${stateMachineHref(sm.stateMachineArn)}>${sm.name}</a></td>
      <td>${sm.type}</td>
      <td class="mono" title=${extra?.revisionId || 'the first revision'}>${revisionText(extra)}</td>
      <td>${extra ? (extra.versions.length ? extra.versions.map((v) => html`<span class="tag">${v.stateMachineVersionArn.split(':').pop()}</span>`) : '—') : '…'}</td>
      <td>${extra ? (extra.aliases.length ? extra.aliases.map((a) => html`<span class="tag">${a.stateMachineAliasArn.split(':').pop()}</span>`) : '—') : '…'}</td>
      <td><sw-execution-counts .arn=${sm.stateMachineArn}></sw-execution-counts></td>
      <td>${formatTime(sm.creationDate)}</td>
    </tr>`;
  }

  createForm() {
    return html`<form class="card inline-form" @submit=${this.create}>
      <label>Name <input name="name" required pattern="[A-Za-z0-9_-]{1,80}" placeholder="my-state-machine"></label>
      <label>Type <select name="type"><option>STANDARD</option><option>EXPRESS</option></select></label>
      <button class="primary" type="submit">Create and edit</button>
    </form>`;
  }

  async create(e) {
    e.preventDefault();
    const form = new FormData(e.target);
    try {
      const created = await sfn('CreateStateMachine', {
        name: form.get('name'),
        type: form.get('type'),
        definition: JSON.stringify(NEW_DEFINITION, null, 2),
        roleArn: 'arn:aws:iam::123456789012:role/stepwell',
      });
      navigate(editorHref(created.stateMachineArn));
    } catch (err) {
      this.error = err;
    }
  }
}
customElements.define('sw-state-machines-view', StateMachinesView);
