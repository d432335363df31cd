// Where a waiting Task state put its task token: the definition says which field of its
// Parameters (JSONPath: "Key.$": "$$.Task.Token") or Arguments (JSONata:
// "{% $states.context.Task.Token %}") takes it, and the TaskScheduled event has the value.

import { allStates } from './graph-model.js';

/** The paths of the fields of a parameters template that take the task token. */
export function tokenPaths(template, path = []) {
  const out = [];
  if (template && typeof template === 'object') {
    for (const [key, value] of Object.entries(template)) {
      if (key.endsWith('.$') && value === '$$.Task.Token') {
        out.push([...path, key.slice(0, -2)]);
      } else if (typeof value === 'string' && /\$states\.context\.Task\.Token/.test(value)) {
        out.push([...path, key]);
      } else if (value && typeof value === 'object') {
        out.push(...tokenPaths(value, [...path, key]));
      }
    }
  }
  return out;
}

/** The task token of a visit of `stateName`, from its parameters (JSON text), if found. */
export function taskToken(definition, stateName, parametersText) {
  const found = allStates(definition).find((s) => s.name === stateName);
  if (!found || !parametersText) return undefined;
  let parameters;
  try {
    parameters = JSON.parse(parametersText);
  } catch {
    return undefined;
  }
  for (const path of tokenPaths(found.state.Parameters ?? found.state.Arguments)) {
    const value = path.reduce((v, key) => (v && typeof v === 'object' ? v[key] : undefined), parameters);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** The definition of a state, nested ones included. */
export function stateDefinition(definition, name) {
  return allStates(definition).find((s) => s.name === name)?.state;
}
