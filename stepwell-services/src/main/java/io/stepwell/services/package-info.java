/**
 * The local AWS services that workflows and their functions call, each behind an interface and kept
 * in the engine's database ({@link io.stepwell.engine.store.KeyValueStore}): DynamoDB tables
 * ({@code dynamodb}), SNS and SMS ({@code sns}, {@code sms}), the HTTP Task ({@code http}), S3
 * buckets ({@code s3}). Each is a {@link io.stepwell.server.ServerFeature} for its API and a task
 * integration for its {@code arn:aws:states:::service:action} resources.
 */
package io.stepwell.services;
