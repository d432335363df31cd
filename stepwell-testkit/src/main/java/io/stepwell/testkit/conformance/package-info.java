/**
 * The conformance runner: loads the AWS-recorded cases of {@code ../shared/conformance}, runs each
 * through the {@link io.stepwell.testkit.InMemoryDriver} with the test functions of {@link
 * io.stepwell.testkit.lambda}, puts the run into the recorder's shape (its snapshot transformers),
 * and compares status, output or error and cause, and history with the recorder's wildcards. A case
 * that cannot be checked is skipped with a reason, never passed.
 */
package io.stepwell.testkit.conformance;
