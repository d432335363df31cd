// An execution's history read into what the console shows: each visit of each state (input,
// output, parameters, timing, attempts, errors) and a status per state for the graph.

/** The status names the graph colours by. */
export const STATUSES = ['in-progress', 'succeeded', 'failed', 'caught', 'cancelled', 'not-reached'];

const FAILURE = /^(Task|LambdaFunction|Activity)(Failed|TimedOut|StartFailed|SubmitFailed|ScheduleFailed)$|^EvaluationFailed$/;
const SCHEDULED = /^(TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/;
const SUCCEEDED = /^(TaskSucceeded|LambdaFunctionSucceeded|ActivitySucceeded)$/;
const ENDS = { ExecutionSucceeded: 'SUCCEEDED', ExecutionFailed: 'FAILED', ExecutionAborted: 'ABORTED', ExecutionTimedOut: 'TIMED_OUT' };

/** The details object of a history event, whatever its member is called. */
export function detailsOf(event) {
  for (const [key, value] of Object.entries(event)) {
    if (key.endsWith('EventDetails')) return value || {};
  }
  return {};
}

/** One time a state was entered, and what happened until it was left. */
class Visit {
  constructor(event, details) {
    this.name = details.name;
    this.stateType = event.type.replace(/StateEntered$/, '');
    this.entered = event;
    this.input = details.input;
    this.events = [event];
    this.attempts = 0;
    this.errors = [];
    this.iterations = { started: 0, succeeded: 0, failed: 0, aborted: 0 };
  }

  get open() {
    return !this.exited;
  }

  get lastEvent() {
    return this.events[this.events.length - 1];
  }

  /** This visit's status, given the execution's. */
  status(executionStatus) {
    if (this.exited) return this.errors.length > 0 ? 'caught' : 'succeeded';
    if (this.aborted) return 'cancelled';
    if (this.stateType === 'Fail') return 'failed';
    const lastFailed = FAILURE.test(this.lastEvent.type) || /StateFailed$/.test(this.lastEvent.type);
    if (lastFailed) return 'failed';
    return executionStatus === 'RUNNING' ? 'in-progress' : 'cancelled';
  }
}

/** An execution's history, read as events arrive (in pages, then live). */
export class HistoryModel {
  constructor() {
    this.events = [];
    this.ids = new Set();
    this.visits = [];
    this.visitsByState = new Map();
    this.visitOfEvent = new Map();
    this.status = 'RUNNING';
    this.input = undefined;
    this.output = undefined;
    this.error = undefined;
    this.cause = undefined;
    this.redriveCount = 0;
  }

  get lastId() {
    return this.events.length ? this.events[this.events.length - 1].id : 0;
  }

  /** Adds events (already seen ones are ignored); returns how many were new. */
  add(events) {
    let added = 0;
    for (const event of events) {
      if (this.ids.has(event.id)) continue;
      this.ids.add(event.id);
      this.events.push(event);
      this.read(event);
      added++;
    }
    return added;
  }

  read(event) {
    const d = detailsOf(event);
    const type = event.type;
    if (type.endsWith('StateEntered')) {
      const visit = new Visit(event, d);
      this.visits.push(visit);
      if (!this.visitsByState.has(visit.name)) this.visitsByState.set(visit.name, []);
      this.visitsByState.get(visit.name).push(visit);
      this.visitOfEvent.set(event.id, visit);
      return;
    }
    if (type.endsWith('StateExited')) {
      const visit = this.openVisit(d.name);
      if (visit) {
        visit.exited = event;
        visit.output = d.output;
        visit.events.push(event);
        this.visitOfEvent.set(event.id, visit);
      }
      return;
    }
    if (type.startsWith('Execution')) {
      this.readExecution(type, d);
      return;
    }
    const visit = this.ownerOf(event, d);
    if (!visit) return;
    visit.events.push(event);
    this.visitOfEvent.set(event.id, visit);
    if (SCHEDULED.test(type)) {
      visit.attempts++;
      visit.parameters = d.parameters ?? d.input;
      visit.resource = d.resource;
      visit.resourceType = d.resourceType;
    } else if (FAILURE.test(type)) {
      visit.errors.push({ type, error: d.error, cause: d.cause, timestamp: event.timestamp });
    } else if (SUCCEEDED.test(type)) {
      visit.result = d.output;
    } else if (type === 'TaskSubmitted') {
      visit.submitted = d.output;
    } else if (type === 'ActivityStarted') {
      visit.worker = d.workerName;
    } else if (/^(Parallel|Map)StateFailed$/.test(type)) {
      visit.errors.push({ type, error: d.error ?? 'States.BranchFailed', cause: d.cause, timestamp: event.timestamp });
    } else if (/StateAborted$/.test(type)) {
      visit.aborted = true;
    } else if (type.startsWith('MapIteration')) {
      const key = type.replace('MapIteration', '').toLowerCase();
      if (key in visit.iterations) visit.iterations[key]++;
    }
  }

  readExecution(type, d) {
    if (type === 'ExecutionStarted') {
      this.input = d.input;
    } else if (type === 'ExecutionRedriven') {
      this.status = 'RUNNING';
      this.redriveCount = d.redriveCount ?? this.redriveCount + 1;
    } else if (type in ENDS) {
      this.status = ENDS[type];
      this.output = d.output;
      this.error = d.error;
      this.cause = d.cause;
    }
  }

  openVisit(name) {
    const visits = this.visitsByState.get(name) || [];
    for (let i = visits.length - 1; i >= 0; i--) {
      if (visits[i].open) return visits[i];
    }
    return undefined;
  }

  /** The visit an event belongs to: the one its previous event belongs to, with exceptions. */
  ownerOf(event, d) {
    const type = event.type;
    if (type.startsWith('MapIteration') && d.name) return this.openVisit(d.name);
    // AWS links EvaluationFailed to the event before the state was entered; it names the state
    if (type === 'EvaluationFailed' && d.state) return this.openVisit(d.state);
    if (/^(ParallelState|MapState|MapRun)/.test(type) && !/Started$/.test(type)) {
      // their previous event is the last one of a branch or an iteration, not the state's own
      for (let i = this.visits.length - 1; i >= 0; i--) {
        const v = this.visits[i];
        if (v.open && (v.stateType === 'Parallel' || v.stateType === 'Map')) return v;
      }
      return undefined;
    }
    return this.visitOfEvent.get(event.previousEventId);
  }

  /** The status of a state for the graph: in progress if any visit is, else its latest visit's. */
  stateStatus(name) {
    const visits = this.visitsByState.get(name);
    if (!visits || visits.length === 0) return 'not-reached';
    const statuses = visits.map((v) => v.status(this.status));
    if (statuses.includes('in-progress')) return 'in-progress';
    return statuses[statuses.length - 1];
  }

  /** Status per state name, for the given names (those never entered are 'not-reached'). */
  statuses(names) {
    const out = new Map();
    for (const name of names) out.set(name, this.stateStatus(name));
    return out;
  }

  /** Visits waiting for a task token or an activity worker. */
  waitingVisits() {
    return this.visits.filter(
      (v) => v.open && v.status(this.status) === 'in-progress' &&
        (String(v.resource || '').endsWith('.waitForTaskToken') || v.resourceType === undefined && v.events.some((e) => e.type === 'ActivityScheduled')),
    );
  }
}
