import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { detailsOf } from '../asl/history-model.js';
import { formatTime, prettyJson, toDate } from '../format.js';
import './virtual-table.js';

const KINDS = {
  all: () => true,
  state: (t) => /State(Entered|Exited)$/.test(t),
  task: (t) => /^(Task|LambdaFunction|Activity)/.test(t),
  execution: (t) => t.startsWith('Execution'),
  group: (t) => /^(Parallel|Map)/.test(t),
  errors: (t) => /(Failed|TimedOut|Aborted)$/.test(t),
};

/**
 * <sw-event-table>: an execution's whole history as a table, drawn virtually (25,000 events
 * scroll smoothly), filtered by kind of event and by a search over each event's text.
 */
export class EventTable extends LightElement {
  static properties = {
    history: { attribute: false },
    version: { type: Number },
    kind: { state: true },
    search: { state: true },
    picked: { state: true },
  };

  constructor() {
    super();
    this.kind = 'all';
    this.search = '';
    this.texts = new WeakMap();
  }

  textOf(event) {
    let text = this.texts.get(event);
    if (text === undefined) {
      text = JSON.stringify(event).toLowerCase();
      this.texts.set(event, text);
    }
    return text;
  }

  filtered() {
    const events = this.history?.events || [];
    const key = `${events.length}|${this.kind}|${this.search}`;
    if (key !== this.cacheKey) {
      const kind = KINDS[this.kind];
      const needle = this.search.trim().toLowerCase();
      this.cacheKey = key;
      this.cache = events.filter((e) => kind(e.type) && (!needle || this.textOf(e).includes(needle)));
    }
    return this.cache;
  }

  render() {
    const rows = this.filtered();
    const start = toDate(this.history?.events[0]?.timestamp);
    const stepOf = (e) => detailsOf(e).name ?? this.history.visitOfEvent.get(e.id)?.name ?? '';
    return html`
      <div class="filters">
        <select aria-label="Kind of event" id="event-kind" @change=${(e) => { this.kind = e.target.value; }}>
          <option value="all">All events</option>
          <option value="state">State entered/exited</option>
          <option value="task">Tasks and functions</option>
          <option value="group">Parallel and Map</option>
          <option value="execution">Execution</option>
          <option value="errors">Failures</option>
        </select>
        <input type="search" id="event-search" placeholder="Search events" aria-label="Search events"
          @input=${(e) => { this.search = e.target.value; }}>
        <span class="muted" id="event-count">${rows.length} of ${this.history?.events.length ?? 0} events</span>
      </div>
      <sw-virtual-table class="events-table" .rows=${rows} .rowHeight=${28}
        .selectedKey=${this.picked?.id}
        .columns=${[
          { label: 'ID', width: '70px', render: (e) => e.id },
          { label: 'Type', width: 'minmax(180px, 1.3fr)', render: (e) => html`<span class="event-type ${/(Failed|TimedOut|Aborted)$/.test(e.type) ? 'bad' : ''}">${e.type}</span>` },
          { label: 'Step', width: 'minmax(120px, 1fr)', render: stepOf },
          { label: 'Resource', width: 'minmax(120px, 1fr)', render: (e) => detailsOf(e).resource ?? '' },
          { label: 'Elapsed', width: '100px', render: (e) => (start ? `${toDate(e.timestamp) - start} ms` : '') },
          { label: 'Timestamp', width: '180px', render: (e) => formatTime(e.timestamp) },
        ]}
        @row-click=${(e) => { this.picked = e.detail.row; }}></sw-virtual-table>
      ${this.picked ? html`<div class="event-detail card">
          <div class="page-head"><h3>Event ${this.picked.id}: ${this.picked.type}</h3>
            <button class="small" @click=${() => { this.picked = undefined; }}>Close</button></div>
          <pre>${prettyJson(withParsedData(this.picked))}</pre></div>` : ''}
    `;
  }
}

/** An event with its JSON-text fields shown as JSON. */
function withParsedData(event) {
  const copy = JSON.parse(JSON.stringify(event));
  const d = detailsOf(copy);
  for (const key of ['input', 'output', 'parameters']) {
    if (typeof d[key] === 'string') {
      try {
        d[key] = JSON.parse(d[key]);
      } catch {
        // not JSON: shown as text
      }
    }
  }
  return copy;
}
customElements.define('sw-event-table', EventTable);
