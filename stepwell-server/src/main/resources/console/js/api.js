// The AWS-compatible APIs the console talks to: Step Functions (AWS JSON 1.0), Lambda (REST JSON),
// the local SMS outbox, and the console's own history stream.

/** An error answered by an API, with AWS's error code. */
export class ApiError extends Error {
  constructor(type, message, status) {
    super(message || type);
    this.type = type;
    this.status = status;
  }
}

function errorType(doc, res) {
  const raw = doc.__type || doc.Type || doc.code || res.headers.get('x-amzn-ErrorType') || `HTTP ${res.status}`;
  return String(raw).split('#').pop().split(':')[0];
}

async function parse(res) {
  const text = await res.text();
  let doc = {};
  if (text) {
    try {
      doc = JSON.parse(text);
    } catch {
      doc = { message: text };
    }
  }
  if (!res.ok) {
    throw new ApiError(errorType(doc, res), doc.message || doc.Message || res.statusText, res.status);
  }
  return doc;
}

/** Calls a Step Functions action, e.g. sfn('ListStateMachines', {}). */
export async function sfn(action, body = {}) {
  const res = await fetch('/', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `AWSStepFunctions.${action}`,
    },
    body: JSON.stringify(body),
  });
  return parse(res);
}

/** Every item of a paged Step Functions list action, following nextToken. */
export async function sfnAll(action, body, member, limit = Infinity) {
  const items = [];
  let nextToken;
  do {
    const page = await sfn(action, { ...body, ...(nextToken ? { nextToken } : {}) });
    items.push(...(page[member] || []));
    nextToken = page.nextToken;
  } while (nextToken && items.length < limit);
  return items;
}

const LAMBDA = '/2015-03-31/functions';

/** Lambda's ListFunctions, every page. */
export async function listFunctions() {
  const functions = [];
  let marker;
  do {
    const url = `${LAMBDA}/${marker ? `?Marker=${encodeURIComponent(marker)}` : ''}`;
    const page = await parse(await fetch(url));
    functions.push(...(page.Functions || []));
    marker = page.NextMarker;
  } while (marker);
  return functions;
}

/** Lambda's GetFunction. */
export async function getFunction(name) {
  return parse(await fetch(`${LAMBDA}/${encodeURIComponent(name)}`));
}

/**
 * Lambda's Invoke with the log tail: { status, functionError, payload (text), logs (text or null) }.
 */
export async function invokeFunction(name, payloadText) {
  const res = await fetch(`${LAMBDA}/${encodeURIComponent(name)}/invocations`, {
    method: 'POST',
    headers: { 'X-Amz-Log-Type': 'Tail', 'Content-Type': 'application/json' },
    body: payloadText,
  });
  if (!res.ok) {
    await parse(res);
  }
  const logResult = res.headers.get('X-Amz-Log-Result');
  return {
    status: res.status,
    functionError: res.headers.get('X-Amz-Function-Error'),
    payload: await res.text(),
    logs: logResult ? decodeBase64(logResult) : null,
  };
}

function decodeBase64(text) {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The local SMS outbox: the messages sent, newest last. */
export async function smsMessages() {
  const doc = await parse(await fetch('/sms/messages'));
  return Array.isArray(doc) ? doc : doc.messages || doc.Messages || [];
}

/** Replies to an SMS as the phone would. */
export async function smsReply(body) {
  return parse(
    await fetch('/sms/reply', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/**
 * Follows an execution's history live: calls onEvents(events) with each batch after event
 * `after`, and onEnd() once the execution has ended. Returns a function that stops following.
 */
export function followHistory(executionArn, after, onEvents, onEnd) {
  const url = `/console/api/executions/${encodeURIComponent(executionArn)}/events?after=${after}`;
  const source = new EventSource(url);
  source.addEventListener('history', (e) => onEvents(JSON.parse(e.data)));
  source.addEventListener('end', () => {
    source.close();
    onEnd?.();
  });
  return () => source.close();
}

/**
 * Log lines of recent function invocations kept by the server: { recording, invocations:
 * [{functionName, requestId, start, end, outcome, lines}] }, newest first. query: function,
 * requestId, from and to (epoch milliseconds), each optional.
 */
export async function functionLogs(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  return parse(await fetch(`/console/api/function-logs?${params}`));
}

/**
 * The tasks of a running execution that wait for a callback, with their tokens, from the
 * engine's store: { tasks: [{taskId, resource, token, createdAt}] } (empty when none).
 */
export async function waitingTasks(executionArn) {
  return parse(await fetch(`/console/api/executions/${encodeURIComponent(executionArn)}/waiting-tasks`));
}
