// Hash routes: every view has a URL that can be bookmarked and shared.
//   #/state-machines                      the list
//   #/state-machines/<stateMachineArn>    one state machine
//   #/state-machines/<arn>/edit           the visual editor
//   #/executions/<executionArn>[/states/<stateName>]
//   #/functions[/<name>]  #/activities  #/sms

/** The route the current hash names: { view, arn?, name?, state? }. */
export function currentRoute(hash = location.hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((p) => p !== '').map(safeDecode);
  const [section, id, sub, subId] = parts;
  switch (section) {
    case undefined:
    case 'state-machines':
      if (!id) return { view: 'state-machines' };
      return sub === 'edit' ? { view: 'editor', arn: id } : { view: 'state-machine', arn: id };
    case 'executions':
      return { view: 'execution', arn: id, state: sub === 'states' ? subId : undefined };
    case 'functions':
      return { view: 'functions', name: id };
    case 'activities':
      return { view: 'activities' };
    case 'sms':
      return { view: 'sms' };
    default:
      return { view: 'not-found', path: hash };
  }
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The hash of a state machine's view. */
export const stateMachineHref = (arn) => `#/state-machines/${arn}`;
/** The hash of the visual editor of a state machine. */
export const editorHref = (arn) => `#/state-machines/${arn}/edit`;
/** The hash of an execution's view, optionally with a state selected. */
export const executionHref = (arn, state) =>
  `#/executions/${arn}${state ? `/states/${encodeURIComponent(state)}` : ''}`;

export function navigate(hash) {
  if (location.hash !== hash) {
    location.hash = hash;
  }
}
