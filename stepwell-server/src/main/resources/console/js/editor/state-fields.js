// The fields the editor's form shows for each state type, in JSONPath or JSONata mode, as AWS's
// States Language defines them. kind: 'text', 'number' or 'json' (any JSON value).

const PATHS = [
  { key: 'InputPath', kind: 'text' },
  { key: 'OutputPath', kind: 'text' },
];
const RESULT = [
  { key: 'ResultSelector', kind: 'json' },
  { key: 'ResultPath', kind: 'text' },
];
const ERRORS = [
  { key: 'Retry', kind: 'json' },
  { key: 'Catch', kind: 'json' },
];
const JSONATA_IO = [
  { key: 'Output', kind: 'json' },
  { key: 'Assign', kind: 'json' },
];
const ASSIGN = [{ key: 'Assign', kind: 'json' }];

const BY_TYPE = {
  Task: {
    JSONPath: [{ key: 'Resource', kind: 'text' }, { key: 'Parameters', kind: 'json' }, ...RESULT, ...PATHS,
      { key: 'TimeoutSeconds', kind: 'number' }, { key: 'HeartbeatSeconds', kind: 'number' }, ...ASSIGN, ...ERRORS],
    JSONata: [{ key: 'Resource', kind: 'text' }, { key: 'Arguments', kind: 'json' }, ...JSONATA_IO,
      { key: 'TimeoutSeconds', kind: 'json' }, { key: 'HeartbeatSeconds', kind: 'json' }, ...ERRORS],
  },
  Pass: {
    JSONPath: [{ key: 'Result', kind: 'json' }, { key: 'Parameters', kind: 'json' }, { key: 'ResultPath', kind: 'text' }, ...PATHS, ...ASSIGN],
    JSONata: JSONATA_IO,
  },
  Wait: {
    JSONPath: [{ key: 'Seconds', kind: 'number' }, { key: 'Timestamp', kind: 'text' }, { key: 'SecondsPath', kind: 'text' },
      { key: 'TimestampPath', kind: 'text' }, ...PATHS, ...ASSIGN],
    JSONata: [{ key: 'Seconds', kind: 'json' }, { key: 'Timestamp', kind: 'json' }, ...JSONATA_IO],
  },
  Choice: {
    JSONPath: [{ key: 'Choices', kind: 'json' }, ...PATHS, ...ASSIGN],
    JSONata: [{ key: 'Choices', kind: 'json' }, ...JSONATA_IO],
  },
  Parallel: {
    JSONPath: [{ key: 'Branches', kind: 'json' }, { key: 'Parameters', kind: 'json' }, ...RESULT, ...PATHS, ...ASSIGN, ...ERRORS],
    JSONata: [{ key: 'Branches', kind: 'json' }, { key: 'Arguments', kind: 'json' }, ...JSONATA_IO, ...ERRORS],
  },
  Map: {
    JSONPath: [{ key: 'ItemsPath', kind: 'text' }, { key: 'ItemSelector', kind: 'json' }, { key: 'MaxConcurrency', kind: 'number' },
      { key: 'ItemProcessor', kind: 'json' }, ...RESULT, ...PATHS, ...ASSIGN, ...ERRORS],
    JSONata: [{ key: 'Items', kind: 'json' }, { key: 'ItemSelector', kind: 'json' }, { key: 'MaxConcurrency', kind: 'json' },
      { key: 'ItemProcessor', kind: 'json' }, ...JSONATA_IO, ...ERRORS],
  },
  Succeed: { JSONPath: PATHS, JSONata: [{ key: 'Output', kind: 'json' }] },
  Fail: {
    JSONPath: [{ key: 'Error', kind: 'text' }, { key: 'Cause', kind: 'text' }, { key: 'ErrorPath', kind: 'text' }, { key: 'CausePath', kind: 'text' }],
    JSONata: [{ key: 'Error', kind: 'text' }, { key: 'Cause', kind: 'text' }],
  },
};

/** The fields of a state type in a query language ('JSONPath' or 'JSONata'). */
export function fieldsOf(type, language) {
  return BY_TYPE[type]?.[language === 'JSONata' ? 'JSONata' : 'JSONPath'] || [];
}

/** Whether a state of this type has Next/End. */
export function hasNext(type) {
  return !['Choice', 'Succeed', 'Fail'].includes(type);
}
