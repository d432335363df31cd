/**
 * Lambda-style functions for in-memory runs: the functions the AWS-recorded {@code lambda/}
 * conformance cases call, a {@link io.stepwell.testkit.lambda.FunctionHost} that runs them by name,
 * and a {@link io.stepwell.testkit.lambda.LambdaTaskHandler} that answers Task states whose
 * resource is a Lambda function ARN or the {@code arn:aws:states:::lambda:invoke} integration the
 * way AWS does (result shapes, error names and causes).
 *
 * <p>The functions run either as Java reproductions on the virtual clock ({@link
 * io.stepwell.testkit.lambda.TestFunctionRunner#REPRODUCTIONS}) or as the real Python files ({@code
 * python/}) in child processes ({@link io.stepwell.testkit.lambda.PythonTestFunctions}).
 */
package io.stepwell.testkit.lambda;
