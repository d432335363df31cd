// Edits of a definition made by the visual editor. Each takes a definition and returns a new one
// (the argument is left as it was), so the code panel and undo see whole steps.

import { allStates } from '../asl/graph-model.js';

const copy = (v) => JSON.parse(JSON.stringify(v));

/** The States object holding `name` (with its owner, which has StartAt), or undefined. */
export function scopeOf(definition, name) {
  const found = allStates(definition).find((s) => s.name === name);
  if (!found) return undefined;
  let owner = definition;
  for (const key of found.path.slice(0, -2)) owner = owner[key];
  return owner;
}

/** A state name not used anywhere in the definition, from `base`. */
export function freshName(definition, base) {
  const used = new Set(allStates(definition).map((s) => s.name));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}

/** The targets of a state's transitions: [{holder, key}] where holder[key] is a state name. */
function transitions(state) {
  const out = [];
  if (typeof state.Next === 'string') out.push({ holder: state, key: 'Next' });
  if (typeof state.Default === 'string') out.push({ holder: state, key: 'Default' });
  for (const rule of state.Choices || []) if (typeof rule?.Next === 'string') out.push({ holder: rule, key: 'Next' });
  for (const c of state.Catch || []) if (typeof c?.Next === 'string') out.push({ holder: c, key: 'Next' });
  return out;
}

/**
 * Adds a state made by `make(freshName)` (which returns {state, extra: {name: state}}): after
 * `after` (taking over its Next) when given, else at the end of the top level.
 */
export function addState(definition, baseName, make, after) {
  const next = copy(definition);
  if (!next.States || typeof next.States !== 'object') next.States = {};
  const name = freshName(next, baseName);
  const { state, extra = {} } = make((b) => freshName({ States: { ...allNames(next), [name]: {} } }, b));
  const scope = (after && scopeOf(next, after)) || next;
  const previous = after ? scope.States[after] : undefined;
  const terminal = state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice';
  if (previous && previous.Type !== 'Choice' && previous.Type !== 'Succeed' && previous.Type !== 'Fail') {
    if (!terminal) {
      if (typeof previous.Next === 'string') {
        state.Next = previous.Next;
        delete state.End;
      }
    }
    delete previous.End;
    previous.Next = name;
  }
  scope.States[name] = state;
  Object.assign(scope.States, extra);
  if (!scope.StartAt || !(scope.StartAt in scope.States)) scope.StartAt = name;
  return { definition: next, name };
}

function allNames(definition) {
  return Object.fromEntries(allStates(definition).map((s) => [s.name, {}]));
}

/** Removes a state; what led to it now leads where it led (or ends). */
export function removeState(definition, name) {
  const next = copy(definition);
  const scope = scopeOf(next, name);
  if (!scope) return next;
  const removed = scope.States[name];
  delete scope.States[name];
  const successor = typeof removed.Next === 'string' ? removed.Next : undefined;
  for (const state of Object.values(scope.States)) {
    for (const t of transitions(state)) {
      if (t.holder[t.key] !== name) continue;
      if (successor) t.holder[t.key] = successor;
      else if (t.holder === state && t.key === 'Next') {
        delete state.Next;
        state.End = true;
      } else delete t.holder[t.key];
    }
  }
  if (scope.StartAt === name) scope.StartAt = successor ?? Object.keys(scope.States)[0] ?? '';
  return next;
}

/** Renames a state and every transition to it. */
export function renameState(definition, from, to) {
  if (!to || from === to) return definition;
  const next = copy(definition);
  const scope = scopeOf(next, from);
  if (!scope || to in scope.States) return definition;
  scope.States = Object.fromEntries(Object.entries(scope.States).map(([k, v]) => [k === from ? to : k, v]));
  for (const state of Object.values(scope.States)) {
    for (const t of transitions(state)) if (t.holder[t.key] === from) t.holder[t.key] = to;
  }
  if (scope.StartAt === from) scope.StartAt = to;
  return next;
}

/** Makes `from` go to `to` next (a Choice gets a new rule). */
export function connect(definition, from, to) {
  const next = copy(definition);
  const scope = scopeOf(next, from);
  if (!scope || !(to in scope.States) || from === to && scope.States[from].Type !== 'Choice') return next;
  const state = scope.States[from];
  if (state.Type === 'Choice') {
    if (typeof state.Default !== 'string') state.Default = to;
    else (state.Choices ||= []).push({ Variable: '$.value', StringEquals: 'value', Next: to });
  } else if (state.Type !== 'Succeed' && state.Type !== 'Fail') {
    delete state.End;
    state.Next = to;
  }
  return next;
}

/** Replaces a state's fields. */
export function replaceState(definition, name, state) {
  const next = copy(definition);
  const scope = scopeOf(next, name);
  if (scope) scope.States[name] = state;
  return next;
}
