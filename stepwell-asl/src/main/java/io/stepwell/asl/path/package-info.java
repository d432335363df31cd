/**
 * JSONPath as ASL uses it: paths and reference paths compiled once per definition and read against
 * a state's input, the context object ({@code $$}) or a variable; writing a result into an input at
 * a reference path (ResultPath).
 */
package io.stepwell.asl.path;
