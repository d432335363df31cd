// Lays out a graph model (graph-model.js) with ELK's layered algorithm, top to bottom, compound
// nodes included. ELK runs in a web worker, so a large definition does not freeze the page.

const FONT = '12px system-ui, sans-serif';
let elk;
let measure;

function engine() {
  if (!elk) {
    elk = new window.ELK({ workerUrl: '/console/vendor/elkjs/elk-worker.min.js' });
  }
  return elk;
}

function textWidth(text) {
  if (!measure) {
    measure = document.createElement('canvas').getContext('2d');
    measure.font = FONT;
  }
  return Math.max(...String(text).split('\n').map((line) => measure.measureText(line).width));
}

/** The size a node is drawn with (compound nodes are sized by their children). */
export function nodeSize(node) {
  if (node.kind === 'start' || node.kind === 'end') return { width: 64, height: 28 };
  return { width: Math.max(150, Math.ceil(textWidth(node.label)) + 32), height: 46 };
}

/**
 * Where everything goes: { nodes: Map id -> {x, y, width, height} (x and y the centre), edges:
 * Map id -> [{x, y}] (the bend points of ELK's route) }, all in one coordinate space (ELK's are
 * relative to the parent).
 */
export async function layoutGraph(model) {
  const byParent = new Map();
  for (const node of model.nodes) {
    const key = node.parent ?? '';
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key).push(node);
  }
  const parentOf = new Map(model.nodes.map((n) => [n.id, n.parent ?? '']));
  const edgesByContainer = new Map();
  for (const edge of model.edges) {
    const key = parentOf.get(edge.source) ?? '';
    if (!edgesByContainer.has(key)) edgesByContainer.set(key, []);
    edgesByContainer.get(key).push({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      labels: edge.label ? [{ text: edge.label, width: textWidth(edge.label) * 0.85 + 8, height: 14 }] : [],
    });
  }
  const toElk = (node) => {
    const children = (byParent.get(node.id) || []).map(toElk);
    const elkNode = { id: node.id, children, edges: edgesByContainer.get(node.id) || [] };
    if (children.length === 0) {
      Object.assign(elkNode, nodeSize(node));
    } else {
      elkNode.layoutOptions = { 'elk.padding': '[top=36,left=16,bottom=16,right=16]' };
    }
    return elkNode;
  };
  const root = {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '44',
      'elk.spacing.nodeNode': '32',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    },
    children: (byParent.get('') || []).map(toElk),
    edges: edgesByContainer.get('') || [],
  };
  const laid = await engine().layout(root);
  const nodes = new Map();
  const edges = new Map();
  const walk = (node, dx, dy) => {
    for (const edge of node.edges || []) {
      const bends = (edge.sections || []).flatMap((s) => s.bendPoints || []);
      edges.set(edge.id, bends.map((p) => ({ x: dx + p.x, y: dy + p.y })));
    }
    for (const child of node.children || []) {
      const x = dx + child.x;
      const y = dy + child.y;
      nodes.set(child.id, { x: x + child.width / 2, y: y + child.height / 2, width: child.width, height: child.height });
      walk(child, x, y);
    }
  };
  walk(laid, 0, 0);
  return { nodes, edges };
}
