/**
 * The CloudFormation a project becomes, as far as its intrinsic functions see it: a {@code Stack}
 * of logical ids and pseudo parameters, and {@code Intrinsics} ({@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}).
 */
package io.stepwell.serverless.cloudformation;
