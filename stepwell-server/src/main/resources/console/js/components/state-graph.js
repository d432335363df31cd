import { html } from 'lit';
import cytoscape from 'cytoscape';
import { LightElement } from '../light-element.js';
import { layoutGraph } from '../asl/layout.js';
import { GRAPH_STYLE, LEGEND } from './graph-style.js';

/**
 * <sw-state-graph>: a definition's graph (from graph-model.js) drawn with Cytoscape and laid out
 * with ELK. Colours states by `statuses` (Map name -> status), marks states with `problems`
 * (Map name -> [message]), and fires `state-select` ({name} or {name: null}) when a state or the
 * background is clicked. `cy` is the Cytoscape instance.
 */
export class StateGraph extends LightElement {
  static properties = {
    model: { attribute: false },
    statuses: { attribute: false },
    problems: { attribute: false },
    selected: {},
    legend: { type: Boolean },
  };

  constructor() {
    super();
    this.generation = 0;
  }

  render() {
    return html`
      <div class="graph-toolbar">
        <button class="small" title="Fit the graph" @click=${() => this.fit()}>Fit</button>
        <button class="small" title="Zoom in" @click=${() => this.zoomBy(1.2)}>+</button>
        <button class="small" title="Zoom out" @click=${() => this.zoomBy(1 / 1.2)}>−</button>
      </div>
      <div class="graph-canvas"></div>
      ${this.legend
        ? html`<ul class="legend">${LEGEND.map(([status, [fill, border]]) => html`
            <li><span class="swatch" style="background:${fill};border-color:${border}"></span>${status.replace('-', ' ')}</li>`)}
          </ul>`
        : ''}
    `;
  }

  firstUpdated() {
    this.cy = cytoscape({
      container: this.querySelector('.graph-canvas'),
      style: GRAPH_STYLE,
      elements: [],
      minZoom: 0.1,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node[kind = "state"]', (e) => this.select(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.select(null);
    });
    this.relayout();
  }

  select(name) {
    this.dispatchEvent(new CustomEvent('state-select', { detail: { name }, bubbles: true }));
  }

  updated(changed) {
    if (!this.cy) return;
    if (changed.has('model')) {
      this.relayout();
    } else {
      if (changed.has('statuses') || changed.has('problems')) this.paint();
      if (changed.has('selected')) this.markSelected();
    }
  }

  /** Lays the model out again; the last call wins when layouts overlap. */
  async relayout() {
    const model = this.model;
    const generation = ++this.generation;
    if (!model || model.nodes.length === 0) {
      this.cy.elements().remove();
      this.laidOut = Promise.resolve();
      return;
    }
    this.laidOut = layoutGraph(model);
    const { nodes: positions, edges: routes } = await this.laidOut;
    if (generation !== this.generation) return;
    const parents = new Set(model.nodes.map((n) => n.parent).filter(Boolean));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(model.nodes.map((n) => {
        const p = positions.get(n.id) || { x: 0, y: 0, width: 150, height: 46 };
        return {
          group: 'nodes',
          data: { id: n.id, label: n.label, kind: n.kind, type: n.type, parent: n.parent, width: p.width, height: p.height },
          position: parents.has(n.id) ? undefined : { x: p.x, y: p.y },
        };
      }));
      this.cy.add(model.edges.map((e) => ({ group: 'edges', data: { ...e } })));
    });
    // after the batch, so that compound nodes have their positions
    this.cy.edges().forEach((edge) => followRoute(edge, routes.get(edge.id())));
    this.paint();
    this.markSelected();
    this.fit();
    this.dataset.ready = String(generation);
    this.dispatchEvent(new CustomEvent('graph-ready', { bubbles: true }));
  }

  paint() {
    this.cy.batch(() => {
      this.cy.nodes('[kind = "state"]').forEach((node) => {
        const status = this.statuses?.get(node.id());
        if (status) node.data('status', status);
        else node.removeData('status');
        const problems = this.problems?.get(node.id());
        if (problems?.length) node.data('problem', problems.join('\n'));
        else node.removeData('problem');
      });
    });
  }

  markSelected() {
    this.cy.$(':selected').unselect();
    if (this.selected) this.cy.getElementById(this.selected).select();
  }

  fit() {
    this.cy.resize();
    this.cy.fit(undefined, 24);
    if (this.cy.zoom() > 1.1) {
      this.cy.zoom(1.1);
      this.cy.center();
    }
  }

  zoomBy(factor) {
    const box = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
  }
}
/**
 * Draws an edge along ELK's route: Cytoscape's segments are given relative to the line between
 * the two nodes' centres (a weight along it, a distance across it).
 */
function followRoute(edge, bends) {
  if (!bends || bends.length === 0 || edge.source().same(edge.target())) return;
  const s = edge.source().position();
  const t = edge.target().position();
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length2 = dx * dx + dy * dy;
  if (length2 < 1) return;
  const length = Math.sqrt(length2);
  const weights = [];
  const distances = [];
  for (const p of bends) {
    weights.push(((p.x - s.x) * dx + (p.y - s.y) * dy) / length2);
    distances.push(((p.y - s.y) * dx - (p.x - s.x) * dy) / length);
  }
  edge.style({
    'curve-style': 'segments',
    'edge-distances': 'node-position',
    'segment-weights': weights.join(' '),
    'segment-distances': distances.join(' '),
  });
}

customElements.define('sw-state-graph', StateGraph);
