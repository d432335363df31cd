// How the state graph looks: AWS-like boxes, compound Parallel/Map boxes, and one colour per
// execution status.

const STATUS_COLOURS = {
  'in-progress': ['#dbeafe', '#2563eb'],
  succeeded: ['#dcfce7', '#16a34a'],
  failed: ['#fee2e2', '#dc2626'],
  caught: ['#ffedd5', '#ea580c'],
  cancelled: ['#e5e7eb', '#6b7280'],
  'not-reached': ['#ffffff', '#cbd5e1'],
};

export const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, sans-serif',
      'font-size': 12,
      'text-wrap': 'wrap',
      'text-valign': 'center',
      'text-halign': 'center',
      color: '#0f172a',
    },
  },
  {
    selector: 'node[kind = "state"]',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-color': '#94a3b8',
    },
  },
  { selector: 'node[type = "Choice"]', style: { 'border-style': 'double', 'border-width': 4 } },
  {
    selector: 'node[kind = "start"], node[kind = "end"]',
    style: {
      shape: 'round-rectangle',
      width: 64,
      height: 28,
      'background-color': '#f1f5f9',
      'border-width': 1,
      'border-color': '#94a3b8',
      color: '#475569',
    },
  },
  {
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f8fafc',
      'background-opacity': 0.7,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#94a3b8',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': 2,
      'compound-sizing-wrt-labels': 'include',
      padding: 14,
      'font-weight': 600,
    },
  },
  { selector: 'node[kind = "branch"]', style: { 'border-style': 'dotted', 'background-color': '#ffffff', 'font-weight': 400, color: '#64748b' } },
  ...Object.entries(STATUS_COLOURS).map(([status, [fill, border]]) => ({
    selector: `node[status = "${status}"]`,
    style: {
      'background-color': fill,
      'border-color': border,
      'border-width': status === 'not-reached' ? 1 : 2.5,
      'border-style': status === 'not-reached' ? 'dashed' : 'solid',
      color: status === 'not-reached' ? '#94a3b8' : '#0f172a',
    },
  })),
  {
    selector: 'node[?problem]',
    style: { 'border-color': '#dc2626', 'border-width': 3, 'border-style': 'solid', 'background-color': '#fef2f2' },
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': '#7c3aed', 'overlay-opacity': 0.12, 'overlay-padding': 6 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#64748b',
      'target-arrow-color': '#64748b',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#334155',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 2,
      'text-rotation': 'none',
    },
  },
  { selector: 'edge[kind = "choice"]', style: { 'line-color': '#7c3aed', 'target-arrow-color': '#7c3aed' } },
  { selector: 'edge[kind = "default"]', style: { 'line-style': 'dashed' } },
  {
    selector: 'edge[kind = "catch"]',
    style: { 'line-style': 'dashed', 'line-color': '#ea580c', 'target-arrow-color': '#ea580c', color: '#9a3412' },
  },
];

export const LEGEND = Object.entries(STATUS_COLOURS);
