"""Stepwell's Python runtime.

Loads the handler named by _HANDLER (``module.function``, the module relative to
LAMBDA_TASK_ROOT) and serves the invocations of the Lambda Runtime API at
AWS_LAMBDA_RUNTIME_API the way Lambda's Python runtime does: the same context
object, the same log format and the same error documents. Standard library only.

Before each /next and before each answer it writes a marker line to standard
output, so Stepwell can tell which invocation each line of output belongs to.
"""

import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

MARK = "\x00stepwell:"
API_PREFIX = "/2018-06-01/runtime"
ERROR_LOG_LINE_TERMINATE = "\r"
ERROR_LOG_IDENT = "\u00a0"

# Python 3.12 and later answer non-ASCII text as it is, earlier versions escape it.
_KEEP_UNICODE = os.environ.get("AWS_EXECUTION_ENV") in {
    "AWS_Lambda_python3.12",
    "AWS_Lambda_python3.13",
}

_current_request_id = None


class FaultException(Exception):
    IMPORT_MODULE_ERROR = "Runtime.ImportModuleError"
    BUILT_IN_MODULE_CONFLICT = "Runtime.BuiltInModuleConflict"
    MALFORMED_HANDLER_NAME = "Runtime.MalformedHandlerName"
    USER_CODE_SYNTAX_ERROR = "Runtime.UserCodeSyntaxError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    UNMARSHAL_ERROR = "Runtime.UnmarshalError"
    MARSHAL_ERROR = "Runtime.MarshalError"
    LAMBDA_CONTEXT_UNMARSHAL_ERROR = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, exception_type, msg, trace=None):
        super().__init__(msg)
        self.msg = msg
        self.exception_type = exception_type
        self.trace = trace


class _Encoder(json.JSONEncoder):
    def __init__(self):
        super().__init__(ensure_ascii=not _KEEP_UNICODE)

    def default(self, obj):
        if isinstance(obj, decimal.Decimal):
            # Lambda writes a Decimal's digits; the standard library can only write a number.
            return int(obj) if obj == obj.to_integral_value() else float(obj)
        return super().default(obj)


def to_json(obj):
    return _Encoder().encode(obj)


def mark(what):
    os.write(1, (MARK + what + "\n").encode("utf-8"))


def write_out(text):
    sys.stdout.write(text)
    sys.stdout.flush()


class RuntimeClient:
    def __init__(self, address):
        host, _, port = address.rpartition(":")
        self.host = host
        self.port = int(port)
        self.connection = http.client.HTTPConnection(self.host, self.port)

    def _call(self, method, route, body=None, headers=None):
        for attempt in (0, 1):
            try:
                self.connection.request(method, API_PREFIX + route, body=body, headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (ConnectionError, http.client.HTTPException):
                # A kept-alive connection the server closed: once more on a new one.
                self.connection.close()
                self.connection = http.client.HTTPConnection(self.host, self.port)
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")

    def next(self):
        mark("next")
        response, body = self._call("GET", "/invocation/next")
        if response.status != 200:
            sys.exit(1)
        return response, body

    def post_result(self, request_id, body, content_type):
        mark("end:" + request_id)
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self._call(
            "POST",
            "/invocation/%s/response" % request_id,
            data,
            {"Content-Type": content_type},
        )

    def post_error(self, request_id, error):
        mark("end:" + request_id)
        self._post_error("/invocation/%s/error" % request_id, error)

    def post_init_error(self, error):
        self._post_error("/init/error", error)

    def _post_error(self, route, error):
        self._call(
            "POST",
            route,
            to_json(error).encode("utf-8"),
            {
                "Content-Type": "application/json",
                "Lambda-Runtime-Function-Error-Type": error.get("errorType", ""),
            },
        )


def get_handler(handler):
    try:
        modname, fname = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException(
            FaultException.MALFORMED_HANDLER_NAME,
            "Bad handler '{}': {}".format(handler, str(e)),
        )
    try:
        if modname.split(".")[0] in sys.builtin_module_names:
            raise FaultException(
                FaultException.BUILT_IN_MODULE_CONFLICT,
                "Cannot use built-in module {} as a handler module".format(modname),
            )
        module = importlib.import_module(modname.replace("/", "."))
    except ImportError as e:
        raise FaultException(
            FaultException.IMPORT_MODULE_ERROR,
            "Unable to import module '{}': {}".format(modname, str(e)),
        )
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise FaultException(
            FaultException.USER_CODE_SYNTAX_ERROR,
            "Syntax error in module '{}': {}".format(modname, str(e)),
            trace,
        )
    try:
        return getattr(module, fname)
    except AttributeError:
        raise FaultException(
            FaultException.HANDLER_NOT_FOUND,
            "Handler '{}' missing on module '{}'".format(fname, modname),
        )


def make_error(error_message, error_type, stack_trace, request_id=None):
    return {
        "errorMessage": error_message if error_message else "",
        "errorType": error_type if error_type else "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace if stack_trace else [],
    }


def fault_result(exc_info, request_id=None):
    etype, value, tb = exc_info
    # Tuples rather than frames, so that format_list prints no column markers, as Lambda's.
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    for i, frame in enumerate(frames):
        if "/bootstrap.py" not in frame[0]:
            frames = frames[i:]
            break
    return make_error(str(value), etype.__name__, traceback.format_list(frames), request_id)


def log_error(error):
    description = "[ERROR]"
    if error.get("errorType"):
        description += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            description += ":"
        description += " " + error["errorMessage"]
    lines = [description]
    stack = error.get("stackTrace")
    if stack is not None:
        lines.append("Traceback (most recent call last):")
        for element in stack:
            if element == "":
                lines.append("")
            else:
                for line in element.splitlines():
                    stripped = line.lstrip(" ")
                    lines.append(ERROR_LOG_IDENT * (len(line) - len(stripped)) + stripped)
    write_out(ERROR_LOG_LINE_TERMINATE.join(lines) + "\n")


class CognitoIdentity(object):
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id={},cognito_identity_pool_id={}])".format(
            self.cognito_identity_id, self.cognito_identity_pool_id
        )


class Client(object):
    __slots__ = [
        "installation_id",
        "app_title",
        "app_version_name",
        "app_version_code",
        "app_package_name",
    ]


class ClientContext(object):
    __slots__ = ["custom", "env", "client"]


def _object_from(cls, values):
    if values is None:
        return None
    obj = cls()
    for field in cls.__slots__:
        setattr(obj, field, values.get(field))
    return obj


class LambdaContext(object):
    """The context Lambda's Python runtime passes to a handler."""

    def __init__(self, request_id, client_context, cognito_identity, deadline_ms, function_arn):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.tenant_id = None
        self.client_context = _object_from(ClientContext, client_context)
        if self.client_context is not None:
            self.client_context.client = _object_from(Client, self.client_context.client)
        self.identity = _object_from(CognitoIdentity, {})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        left = self._deadline_ms - int(time.time() * 1000)
        return left if left > 0 else 0

    def log(self, msg):
        write_out(str(msg))

    def __repr__(self):
        return (
            "LambdaContext(["
            "aws_request_id={},log_group_name={},log_stream_name={},function_name={},"
            "memory_limit_in_mb={},function_version={},invoked_function_arn={},"
            "client_context={},identity={},tenant_id={}])"
        ).format(
            self.aws_request_id,
            self.log_group_name,
            self.log_stream_name,
            self.function_name,
            self.memory_limit_in_mb,
            self.function_version,
            self.invoked_function_arn,
            self.client_context,
            self.identity,
            self.tenant_id,
        )


class _LambdaLoggerHandler(logging.Handler):
    """The root logger's handler: one entry per record, line breaks inside it as \\r."""

    def emit(self, record):
        message = self.format(record)
        body, newline = (message[:-1], "\n") if message.endswith("\n") else (message, "")
        write_out(body.replace("\n", "\r") + newline)


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _current_request_id or ""
        return True


def setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = _LambdaLoggerHandler()
    handler.setFormatter(
        logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
            "%Y-%m-%dT%H:%M:%S",
        )
    )
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL", "").upper()
    if level in logging._nameToLevel:
        root.setLevel(level)
    root.addHandler(handler)


def parse_header_json(value, name):
    if not value:
        return None
    try:
        return json.loads(value)
    except Exception as e:
        raise FaultException(
            FaultException.LAMBDA_CONTEXT_UNMARSHAL_ERROR,
            "Unable to parse {} JSON: {}".format(name, str(e)),
        )


def handle(client, handler, response, body):
    global _current_request_id
    headers = response.headers
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    _current_request_id = request_id
    trace_id = headers.get("Lambda-Runtime-Trace-Id")
    if trace_id is not None:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    else:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    error = None
    try:
        context = LambdaContext(
            request_id,
            parse_header_json(headers.get("Lambda-Runtime-Client-Context"), "Client Context"),
            parse_header_json(headers.get("Lambda-Runtime-Cognito-Identity"), "Cognito Identity"),
            int(headers.get("Lambda-Runtime-Deadline-Ms")),
            headers.get("Lambda-Runtime-Invoked-Function-Arn"),
        )
        try:
            event = json.loads(body)
        except Exception as e:
            raise FaultException(
                FaultException.UNMARSHAL_ERROR, "Unable to unmarshal input: {}".format(str(e))
            )
        result = handler(event, context)
        if isinstance(result, bytes):
            payload, content_type = result, "application/unknown"
        else:
            try:
                payload, content_type = to_json(result), "application/json"
            except Exception as e:
                raise FaultException(
                    FaultException.MARSHAL_ERROR, "Unable to marshal response: {}".format(str(e))
                )
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace, request_id)
    except Exception:
        error = fault_result(sys.exc_info(), request_id)
    if error is not None:
        log_error(error)
        client.post_error(request_id, error)
    else:
        client.post_result(request_id, payload, content_type)


def main():
    # The runtime's own folder is not the function's: its modules come from the task root.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path = [p for p in sys.path if os.path.abspath(p or ".") != here]
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    sys.path.insert(0, task_root)
    client = RuntimeClient(os.environ["AWS_LAMBDA_RUNTIME_API"])
    try:
        setup_logging()
        handler = get_handler(os.environ["_HANDLER"])
    except FaultException as e:
        error = make_error(e.msg, e.exception_type, e.trace)
        log_error(error)
        client.post_init_error(error)
        sys.exit(1)
    except Exception:
        error = fault_result(sys.exc_info())
        log_error(error)
        client.post_init_error(error)
        sys.exit(1)
    while True:
        response, body = client.next()
        handle(client, handler, response, body)


if __name__ == "__main__":
    main()
