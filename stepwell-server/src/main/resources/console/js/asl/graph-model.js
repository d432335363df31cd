// A definition as a graph: one node per state, Parallel branches and Map item processors as
// compound nodes inside their state, edges for Next, Choice rules, Default and Catch, and the
// Start and End markers of the top level, as AWS's console draws it.

import { ruleText, shorten } from './choice-rules.js';

export const START = '__start__';
export const END = '__end__';

/**
 * The graph of a definition (an object): { nodes: [{id, label, kind, type, parent, name}],
 * edges: [{id, source, target, label, kind}] }. kind is 'state', 'start', 'end' or 'branch'
 * for nodes; 'next', 'choice', 'default' or 'catch' for edges.
 */
export function buildGraph(definition) {
  const graph = { nodes: [], edges: [] };
  if (!definition || typeof definition !== 'object' || !isObject(definition.States)) {
    return graph;
  }
  graph.nodes.push({ id: START, label: 'Start', kind: 'start' });
  graph.nodes.push({ id: END, label: 'End', kind: 'end' });
  if (definition.StartAt in definition.States) {
    addEdge(graph, START, definition.StartAt, '', 'next');
  }
  addScope(graph, definition.States, undefined, true);
  return graph;
}

function addScope(graph, states, parent, top) {
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) continue;
    const compound = state.Type === 'Parallel' || state.Type === 'Map';
    graph.nodes.push({
      id: name,
      name,
      parent,
      kind: 'state',
      type: state.Type,
      compound,
      label: compound ? `${name}  (${subtitle(state)})` : `${name}\n${subtitle(state)}`,
    });
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
      state.Branches.forEach((branch, i) => {
        const id = branchId(name, i);
        graph.nodes.push({ id, parent: name, kind: 'branch', label: `Branch ${i + 1}` });
        if (isObject(branch?.States)) addScope(graph, branch.States, id, false);
      });
    }
    if (state.Type === 'Map') {
      const processor = state.ItemProcessor || state.Iterator;
      if (isObject(processor?.States)) addScope(graph, processor.States, name, false);
    }
    addTransitions(graph, name, state, states, top);
  }
}

function addTransitions(graph, name, state, states, top) {
  const known = (target) => typeof target === 'string' && target in states;
  if (known(state.Next)) addEdge(graph, name, state.Next, '', 'next');
  const terminal = state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
  if (top && terminal) addEdge(graph, name, END, '', 'next');
  if (state.Type === 'Choice') {
    (state.Choices || []).forEach((rule, i) => {
      if (known(rule?.Next)) {
        addEdge(graph, name, rule.Next, shorten(ruleText(rule)), 'choice', `${name}#choice${i}`);
      }
    });
    if (known(state.Default)) addEdge(graph, name, state.Default, 'Default', 'default');
  }
  (state.Catch || []).forEach((catcher, i) => {
    if (known(catcher?.Next)) {
      const errors = (catcher.ErrorEquals || []).join(', ');
      addEdge(graph, name, catcher.Next, shorten(`Catch: ${errors}`), 'catch', `${name}#catch${i}`);
    }
  });
}

/** The line under a state's name: its type, what a Task calls, and its retries. */
export function subtitle(state) {
  let text = state.Type || '?';
  if (state.Type === 'Task' && typeof state.Resource === 'string') text = resourceText(state.Resource);
  if (state.Type === 'Map' && (state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED')) {
    text = 'Distributed Map';
  }
  const retries = Array.isArray(state.Retry) ? state.Retry.length : 0;
  if (retries > 0) text += `  ↻ Retry ×${retries}`;
  if (Array.isArray(state.Catch) && state.Catch.length > 0) text += '  ⚑ Catch';
  return text;
}

function resourceText(resource) {
  const callback = resource.endsWith('.waitForTaskToken') ? ' (wait for callback)' : '';
  const sync = /\.sync(:\d+)?$/.test(resource) ? ' (run a job)' : '';
  const match = /^arn:[^:]+:states:::([^:.]+):?([^.]*)/.exec(resource);
  if (match) return `${cap(match[1])}: ${match[2] || 'call'}${callback}${sync}`;
  if (resource.includes(':function:')) return `Lambda: ${resource.split(':function:')[1]}`;
  if (resource.includes(':activity:')) return `Activity: ${resource.split(':activity:')[1]}`;
  return shorten(resource, 40);
}

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function addEdge(graph, source, target, label, kind, id) {
  graph.edges.push({ id: id || `${source}->${target}#${kind}`, source, target, label, kind });
}

export function branchId(parallel, index) {
  return `${parallel}#branch${index}`;
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Every state of a definition, nested ones included: [{name, state, path}]. */
export function allStates(definition) {
  const out = [];
  const walk = (states, path) => {
    if (!isObject(states)) return;
    for (const [name, state] of Object.entries(states)) {
      out.push({ name, state, path: [...path, name] });
      (state?.Branches || []).forEach((b, i) => walk(b?.States, [...path, name, 'Branches', i, 'States']));
      const processor = state?.ItemProcessor ? 'ItemProcessor' : state?.Iterator ? 'Iterator' : null;
      if (processor) walk(state[processor]?.States, [...path, name, processor, 'States']);
    }
  };
  walk(definition?.States, ['States']);
  return out;
}
