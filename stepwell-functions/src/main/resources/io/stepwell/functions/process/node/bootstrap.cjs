'use strict';
// Stepwell's Node.js runtime. It loads the handler named by _HANDLER from LAMBDA_TASK_ROOT and
// serves the invocations of the Lambda Runtime API at AWS_LAMBDA_RUNTIME_API the way Lambda's
// Node.js runtime does: the same handler forms (async, callback, ES modules), the same context,
// the same console format and the same error documents. Built-in modules only.
//
// Before each /next and before each answer it writes a marker line to standard output, so Stepwell
// can tell which invocation each line of output belongs to. Markers go through process.stdout like
// everything else the function writes (to a pipe that stream is asynchronous once the pipe is
// full), so they keep their place in the output; an answer is posted once its marker is written.

const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const MARK = '\u0000stepwell:';
const API_PREFIX = '/2018-06-01/runtime';
const [API_HOST, API_PORT] = splitAddress(process.env.AWS_LAMBDA_RUNTIME_API);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const REQUEST_ID = Symbol.for('aws.lambda.runtime.requestId');

// ---------------------------------------------------------------------------------------------
// Errors the runtime itself raises, named as Lambda names them.

class RuntimeError extends Error {}
const runtimeErrors = {};
for (const name of [
  'ImportModuleError',
  'HandlerNotFound',
  'MalformedHandlerName',
  'UserCodeSyntaxError',
  'UnhandledPromiseRejection',
  'NodeJsExit',
]) {
  const type = class extends RuntimeError {};
  Object.defineProperty(type, 'name', { value: name });
  type.prototype.name = `Runtime.${name}`;
  runtimeErrors[name] = type;
}

function isErrorLike(value) {
  return (
    value &&
    typeof value.name === 'string' &&
    typeof value.message === 'string' &&
    typeof value.stack === 'string'
  );
}

/** The document posted to /error: errorType, errorMessage, trace. */
function toErrorDocument(error) {
  try {
    if (util.types.isNativeError(error) || isErrorLike(error)) {
      return { errorType: error.name, errorMessage: error.message, trace: error.stack.split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch (_) {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    };
  }
}

/** The error as the runtime logs it: a tab, then JSON with the error's own properties. */
function toFormatted(error) {
  try {
    return '\t' + JSON.stringify(error, (_k, v) => withEnumerableProperties(v));
  } catch (_) {
    return '\t' + JSON.stringify(toErrorDocument(error));
  }
}

function withEnumerableProperties(value) {
  if (!(value instanceof Error)) {
    return value;
  }
  const result = Object.assign(
    { errorType: value.name, errorMessage: value.message, code: value.code },
    value,
  );
  if (typeof value.stack === 'string') {
    result.stack = value.stack.split('\n');
  }
  return result;
}

function intoError(value) {
  return value instanceof Error ? value : new Error(value);
}

// ---------------------------------------------------------------------------------------------
// Logging: each console call is one line, `time \t requestId \t LEVEL \t message`, with line breaks
// inside a message written as \r so that the entry stays one line.

/** Writes a marker; resolves once it (and everything written before it) reached the pipe. */
function mark(what) {
  return new Promise((resolve) => process.stdout.write(MARK + what + '\n', () => resolve()));
}

function patchConsole() {
  const levels = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];
  const configured = levels.indexOf((process.env.AWS_LAMBDA_LOG_LEVEL || '').toUpperCase());
  const minimum = configured < 0 ? 0 : configured;
  const writer = (level) => {
    if (levels.indexOf(level) < minimum && level !== 'FATAL') {
      return () => {};
    }
    return (message, ...params) => {
      const line = `${new Date().toISOString()}\t${global[REQUEST_ID]}\t${level}\t${util.format(
        message,
        ...params,
      )}`;
      process.stdout.write(line.replace(/\n/g, '\r') + '\n');
    };
  };
  console.trace = writer('TRACE');
  console.debug = writer('DEBUG');
  console.info = writer('INFO');
  console.log = console.info;
  console.warn = writer('WARN');
  console.error = writer('ERROR');
  console.fatal = writer('FATAL');
}

function logError(title, error) {
  console.error(title, toFormatted(intoError(error)));
}

// ---------------------------------------------------------------------------------------------
// The Runtime API client.

function splitAddress(address) {
  const colon = address.lastIndexOf(':');
  return [address.substring(0, colon), Number(address.substring(colon + 1))];
}

function call(method, route, body, headers, attempt = 0) {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: API_HOST, port: API_PORT, method, path: API_PREFIX + route, agent, headers },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', (error) => {
      // A kept-alive connection the server just closed: try once more on a new one.
      if (attempt === 0 && error.code === 'ECONNRESET') {
        call(method, route, body, headers, 1).then(resolve, reject);
      } else {
        reject(error);
      }
    });
    request.end(body);
  });
}

function postJson(route, value, headers = {}) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return call('POST', route, body, {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    ...headers,
  });
}

function postError(route, error) {
  const document = toErrorDocument(error);
  return postJson(route, document, { 'Lambda-Runtime-Function-Error-Type': document.errorType });
}

function postInitError(error) {
  return postError('/init/error', error);
}

async function postInvocationError(error, id) {
  await mark('end:' + id);
  return postError(`/invocation/${id}/error`, error);
}

async function postInvocationResponse(result, id) {
  let body;
  try {
    body = JSON.stringify(result === undefined ? null : result);
  } catch (_) {
    return postInvocationError(new Error('Unable to stringify response body'), id);
  }
  await mark('end:' + id);
  const bytes = Buffer.from(body === undefined ? 'null' : body, 'utf8');
  return call('POST', `/invocation/${id}/response`, bytes, {
    'Content-Type': 'application/json',
    'Content-Length': bytes.length,
  });
}

// ---------------------------------------------------------------------------------------------
// Loading the handler, as Lambda resolves `dir/module.export.nested`.

function tryRequire(file) {
  return fs.existsSync(file) ? require(file) : undefined;
}

async function tryImport(file) {
  return fs.existsSync(file) ? await import(pathToFileURL(file).href) : undefined;
}

function packageTypeIsModule(folder) {
  if (folder.endsWith('/node_modules')) {
    return false;
  }
  const manifest = path.join(folder, 'package.json');
  if (fs.existsSync(manifest)) {
    try {
      return JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module';
    } catch (error) {
      console.warn(`${manifest} cannot be read, it will be ignored for ES module detection purposes.`, error);
      return false;
    }
  }
  const parent = path.resolve(folder, '..');
  return parent === folder ? false : packageTypeIsModule(parent);
}

async function loadModule(appRoot, moduleRoot, module) {
  const file = path.resolve(appRoot, moduleRoot, module);
  const extensionless = tryRequire(file);
  if (extensionless) {
    return extensionless;
  }
  const esm = packageTypeIsModule(path.dirname(file));
  if (!esm) {
    const commonJs = tryRequire(file + '.js');
    if (commonJs) {
      return commonJs;
    }
  }
  const loaded =
    (esm && (await tryImport(file + '.js'))) ||
    (await tryImport(file + '.mjs')) ||
    tryRequire(file + '.cjs');
  if (loaded) {
    return loaded;
  }
  return require(require.resolve(module, { paths: [appRoot, moduleRoot] }));
}

async function loadHandler(appRoot, fullHandler) {
  if (fullHandler.includes('..')) {
    throw new runtimeErrors.MalformedHandlerName(
      `'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = handlerString.match(/^([^.]*)\.(.*)$/);
  if (!match) {
    throw new runtimeErrors.MalformedHandlerName('Bad handler');
  }
  const [, module, handlerPath] = match;
  let app;
  try {
    app = await loadModule(appRoot, moduleRoot, module);
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new runtimeErrors.UserCodeSyntaxError(error);
    }
    if (error && error.code === 'MODULE_NOT_FOUND') {
      throw new runtimeErrors.ImportModuleError(error);
    }
    throw error;
  }
  const handler = handlerPath.split('.').reduce((value, key) => value && value[key], app);
  if (!handler) {
    throw new runtimeErrors.HandlerNotFound(`${fullHandler} is undefined or not exported`);
  }
  if (typeof handler !== 'function') {
    throw new runtimeErrors.HandlerNotFound(`${fullHandler} is not a function`);
  }
  return handler;
}

// ---------------------------------------------------------------------------------------------
// Running invocations.

let beforeExit;
const fatal = {
  uncaughtException: (error) => postInitError(error).finally(() => process.exit(129)),
  unhandledRejection: (error) => postInitError(error).finally(() => process.exit(128)),
};

function contextFor(headers, callbackContext) {
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  const parse = (value, name) => {
    if (value === undefined) {
      return undefined;
    }
    try {
      return JSON.parse(value);
    } catch (error) {
      throw new Error(`Cannot parse ${name} as json: ${error.toString()}`);
    }
  };
  return Object.assign(callbackContext, {
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    clientContext: parse(headers['lambda-runtime-client-context'], 'ClientContext'),
    identity: parse(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
    invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
    awsRequestId: headers['lambda-runtime-aws-request-id'],
    getRemainingTimeInMillis: () => deadline - Date.now(),
  });
}

/** The callback and context.succeed/fail/done of one invocation; only the first call counts. */
function callbacksFor(id, scheduleNext) {
  let completed = false;
  let finished = false;
  let waitForEmptyEventLoop = true;
  const postError = (error) => {
    logError('Invoke Error', error);
    postInvocationError(error, id).then(scheduleNext, fatalError);
  };
  const complete = (result) => {
    if (completed) {
      console.error(
        'Invocation has already been reported as done. Cannot call complete more than once per invocation.',
      );
      return;
    }
    completed = true;
    postInvocationResponse(result, id).then(scheduleNext, fatalError);
  };
  const once = (fn) =>
    function (...args) {
      if (!finished) {
        finished = true;
        fn(...args);
      }
    };
  const done = (error, result) => {
    beforeExit = undefined;
    if (error !== undefined && error !== null) {
      postError(error);
    } else {
      complete(result);
    }
  };
  const callback = (error, result) => {
    beforeExit = undefined;
    if (error !== undefined && error !== null) {
      postError(error);
    } else if (!waitForEmptyEventLoop) {
      complete(result);
    } else {
      beforeExit = () => setImmediate(() => complete(result));
    }
  };
  const context = {
    get callbackWaitsForEmptyEventLoop() {
      return waitForEmptyEventLoop;
    },
    set callbackWaitsForEmptyEventLoop(value) {
      waitForEmptyEventLoop = value;
    },
    succeed: once((result) => done(null, result)),
    fail: once((error) => done(error === undefined || error === null ? 'handled' : error, null)),
    done: once(done),
  };
  const markCompleted = () => {
    completed = true;
  };
  return [once(callback), context, markCompleted];
}

function fatalError(error) {
  console.log(`Unexpected Top Level Error: ${error.toString()}`);
  fatal.uncaughtException(error);
}

async function handleOnce(handler, isAsync) {
  mark('next');
  const next = await call('GET', '/invocation/next');
  if (next.status !== 200) {
    process.exit(1);
  }
  const headers = next.headers;
  const id = headers['lambda-runtime-aws-request-id'];
  global[REQUEST_ID] = id;
  if (headers['lambda-runtime-trace-id']) {
    process.env._X_AMZN_TRACE_ID = headers['lambda-runtime-trace-id'];
  } else {
    delete process.env._X_AMZN_TRACE_ID;
  }
  const scheduleNext = () => setImmediate(() => handleOnce(handler, isAsync).catch(fatalError));
  const [callback, callbackContext, markCompleted] = callbacksFor(id, scheduleNext);
  fatal.uncaughtException = (error) =>
    postInvocationError(error, id).finally(() => process.exit(129));
  fatal.unhandledRejection = (error) =>
    postInvocationError(error, id).finally(() => process.exit(128));
  // A handler that neither returns a promise nor calls back ends when the event loop is empty.
  beforeExit = () => {
    markCompleted();
    if (isAsync) {
      const error = new runtimeErrors.NodeJsExit(
        'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
      );
      logError('Invoke Error', error);
      postInvocationError(error, id).then(scheduleNext, fatalError);
    } else {
      postInvocationResponse(null, id).then(scheduleNext, fatalError);
    }
  };
  try {
    const context = contextFor(headers, callbackContext);
    const result = handler(JSON.parse(next.body.toString('utf8')), context, callback);
    if (result && typeof result.then === 'function') {
      result.then(context.succeed, context.fail).catch(context.fail);
    }
  } catch (error) {
    callback(error);
  }
}

async function main() {
  patchConsole();
  process.on('uncaughtException', (error) => {
    logError('Uncaught Exception', error);
    fatal.uncaughtException(error);
  });
  process.on('unhandledRejection', (reason, promise) => {
    const error = new runtimeErrors.UnhandledPromiseRejection(reason);
    error.reason = reason;
    error.promise = promise;
    logError('Unhandled Promise Rejection', error);
    fatal.unhandledRejection(error);
  });
  process.on('beforeExit', () => {
    const listener = beforeExit;
    beforeExit = undefined;
    if (listener) {
      listener();
    }
  });
  const handler = await loadHandler(process.env.LAMBDA_TASK_ROOT, process.env._HANDLER);
  const isAsync = handler.constructor && handler.constructor.name === 'AsyncFunction';
  await handleOnce(handler, isAsync);
}

main().catch((error) => {
  logError('Uncaught Exception', error);
  postInitError(error).finally(() => process.exit(129));
});
