// Formatting shared by the views.

/** An AWS timestamp (epoch seconds, or an ISO string) as a local date and time. */
export function formatTime(t) {
  const d = toDate(t);
  return d ? d.toLocaleString(undefined, { hour12: false }) : '';
}

export function toDate(t) {
  if (t === undefined || t === null || t === '') return null;
  // AWS sends seconds; a number too large for seconds is milliseconds
  if (typeof t === 'number') return new Date(t > 1e11 ? t : t * 1000);
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Milliseconds between two AWS timestamps, as "1.234 s" or "2 min 3 s". */
export function formatDuration(from, to) {
  const a = toDate(from);
  const b = toDate(to);
  if (!a || !b) return '';
  const ms = b - a;
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(3)} s`;
  const min = Math.floor(ms / 60000);
  return `${min} min ${Math.round((ms % 60000) / 1000)} s`;
}

/** A JSON text pretty-printed; the text itself when it is not JSON. */
export function prettyJson(text) {
  if (text === undefined || text === null) return '';
  if (typeof text !== 'string') return JSON.stringify(text, null, 2);
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/** The last part of an ARN (a state machine's or an execution's name). */
export function arnName(arn) {
  return arn ? arn.split(':').pop() : '';
}

/** Status as a CSS class: RUNNING -> status-running. */
export function statusClass(status) {
  return `status status-${String(status || '').toLowerCase().replace(/_/g, '-')}`;
}
