/**
 * The Lambda API (REST-JSON under {@code /2015-03-31/functions}): Invoke and function management
 * over the server's {@link io.stepwell.functions.FunctionHost}, with Lambda's error shape, code
 * uploads unpacked under a data folder and LocalStack-style hot reloading of local code.
 */
package io.stepwell.server.lambda;
