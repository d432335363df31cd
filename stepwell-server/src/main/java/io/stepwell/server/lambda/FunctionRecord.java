package io.stepwell.server.lambda;

import java.time.Instant;

/**
 * What Lambda reports about a function beyond its {@link io.stepwell.functions.FunctionConfig}: the
 * host runs functions, this API remembers how they were created.
 *
 * @param role the execution role ARN given at creation ({@code null} for a function registered on
 *     the host directly)
 * @param description the description, {@code ""} by default
 * @param lastModified when the configuration or code last changed
 * @param code where the code is, and its digest and size
 * @param revisionId changes with every update, as Lambda's {@code RevisionId}
 */
record FunctionRecord(
    String role, String description, Instant lastModified, FunctionCode code, String revisionId) {}
