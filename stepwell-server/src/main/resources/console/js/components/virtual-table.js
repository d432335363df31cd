import { html } from 'lit';
import { LightElement } from '../light-element.js';

/**
 * <sw-virtual-table>: a table that draws only the rows in view, so 100,000 rows scroll as
 * lightly as 100. `columns` are {label, width (CSS grid size), render(row) -> template}; fires
 * `row-click` ({row}) and `near-end` when the last rows come into view (to load the next page).
 */
export class VirtualTable extends LightElement {
  static properties = {
    rows: { attribute: false },
    columns: { attribute: false },
    rowHeight: { type: Number },
    selectedKey: {},
    emptyText: {},
    top: { state: true },
  };

  constructor() {
    super();
    this.rows = [];
    this.columns = [];
    this.rowHeight = 30;
    this.top = 0;
    this.viewHeight = 600;
    this.rowKey = (row, i) => i;
  }

  render() {
    const rows = this.rows || [];
    const grid = `grid-template-columns: ${this.columns.map((c) => c.width || '1fr').join(' ')}`;
    const overscan = 10;
    const first = Math.max(0, Math.floor(this.top / this.rowHeight) - overscan);
    const count = Math.ceil(this.viewHeight / this.rowHeight) + 2 * overscan;
    const last = Math.min(rows.length, first + count);
    const visible = [];
    for (let i = first; i < last; i++) visible.push(i);
    if (last >= rows.length - overscan && rows.length > 0) this.askForMore(rows.length);
    return html`
      <div class="vt-head" style=${grid} role="row">
        ${this.columns.map((c) => html`<div role="columnheader">${c.label}</div>`)}
      </div>
      <div class="vt-body" role="rowgroup" @scroll=${this.onScroll}>
        ${rows.length === 0 ? html`<div class="vt-empty">${this.emptyText || 'Nothing to show.'}</div>` : ''}
        <div class="vt-spacer" style="height:${rows.length * this.rowHeight}px">
          ${visible.map((i) => {
            const row = rows[i];
            const key = this.rowKey(row, i);
            return html`<div class="vt-row ${key === this.selectedKey ? 'selected' : ''}" role="row"
                style="${grid};height:${this.rowHeight}px;transform:translateY(${i * this.rowHeight}px)"
                data-key=${key} @click=${() => this.dispatchEvent(new CustomEvent('row-click', { detail: { row }, bubbles: true }))}>
              ${this.columns.map((c) => html`<div class="vt-cell" role="cell">${c.render(row)}</div>`)}
            </div>`;
          })}
        </div>
      </div>
    `;
  }

  firstUpdated() {
    this.body = this.querySelector('.vt-body');
    this.viewHeight = this.body.clientHeight || 600;
    new ResizeObserver(() => {
      this.viewHeight = this.body.clientHeight || 600;
      this.requestUpdate();
    }).observe(this.body);
  }

  onScroll() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.top = this.body.scrollTop;
    });
  }

  askForMore(length) {
    if (this.askedAt === length) return;
    this.askedAt = length;
    queueMicrotask(() => this.dispatchEvent(new CustomEvent('near-end', { bubbles: true })));
  }

  /** Scrolls so that row `index` is in view. */
  scrollToRow(index) {
    this.body?.scrollTo({ top: Math.max(0, index * this.rowHeight - this.viewHeight / 2) });
  }
}
customElements.define('sw-virtual-table', VirtualTable);
