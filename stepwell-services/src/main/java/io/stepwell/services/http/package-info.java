/**
 * The HTTP Task, {@code arn:aws:states:::http:invoke}: calls an HTTP API with the credentials of a
 * named connection ({@link io.stepwell.services.http.HttpConnections}, as EventBridge connections
 * hold them), only to hosts on an allow-list ({@link io.stepwell.services.http.HttpInvokeConfig}),
 * and answers as Step Functions does ({@code Headers}, {@code ResponseBody}, {@code StatusCode},
 * {@code StatusText}; {@code States.Http.StatusCode.NNN} for an answer that is not 2xx).
 */
package io.stepwell.services.http;
