/**
 * DynamoDB tables kept in the engine's {@link io.stepwell.engine.store.KeyValueStore}: the table
 * logic ({@link io.stepwell.services.dynamodb.DynamoDbService}), its AWS JSON 1.0 API ({@link
 * io.stepwell.services.dynamodb.DynamoDbApi}, target prefix {@code DynamoDB_20120810}) and the Step
 * Functions integrations {@code arn:aws:states:::dynamodb:*} and {@code
 * arn:aws:states:::aws-sdk:dynamodb:*} ({@link io.stepwell.services.dynamodb.DynamoDbTasks}).
 *
 * <p>Items are AWS's attribute-value JSON ({@code {"S": "x"}}, {@code {"N": "1"}}...) as plain
 * maps, one document per item; expressions (condition, filter, key condition, update, projection)
 * are parsed into small records and evaluated against those maps. Conditional writes read, evaluate
 * and compare-and-set, trying again when another writer came first.
 */
package io.stepwell.services.dynamodb;
