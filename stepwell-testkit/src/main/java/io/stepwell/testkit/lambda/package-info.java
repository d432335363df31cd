/**
 * Lambda-style functions for in-memory runs: the functions the AWS-recorded {@code lambda/}
 * conformance cases call, a {@link io.stepwell.testkit.lambda.FunctionHost} that runs them by name,
 * and a {@link io.stepwell.testkit.lambda.LambdaTaskHandler} that answers Task states whose
 * resource is a Lambda function ARN or the {@code arn:aws:states:::lambda:invoke} integration the
 * way AWS does (result shapes, error names and causes).
 */
package io.stepwell.testkit.lambda;
