// ValidateStateMachineDefinition's diagnostics placed where they belong: on the state their JSON
// pointer names, and on the line of the code where that state is.

/** The state a JSON pointer is about (the innermost /States/<name>), or undefined. */
export function stateOfPointer(pointer) {
  if (typeof pointer !== 'string') return undefined;
  const parts = pointer.split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let name;
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === 'States') name = parts[i + 1];
  }
  return name;
}

/** Diagnostics by state name: Map name -> [diagnostic]. */
export function problemsByState(diagnostics) {
  const out = new Map();
  for (const d of diagnostics || []) {
    const name = stateOfPointer(d.location);
    if (name === undefined) continue;
    if (!out.has(name)) out.set(name, []);
    out.get(name).push(d);
  }
  return out;
}

/** Monaco markers for diagnostics: on the line of the state's key, else the first line. */
export function markersFor(text, diagnostics) {
  const lines = text.split('\n');
  return (diagnostics || []).map((d) => {
    const name = stateOfPointer(d.location);
    let line = 1;
    if (name !== undefined) {
      const key = `${JSON.stringify(name)}:`;
      const index = lines.findIndex((l) => l.trimStart().startsWith(key));
      if (index >= 0) line = index + 1;
    }
    return {
      startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: (lines[line - 1] || '').length + 1,
      message: `${d.code ? `${d.code}: ` : ''}${d.message}`,
      severity: d.severity === 'WARNING' ? 'warning' : 'error',
    };
  });
}
