/**
 * YAML read into nodes that keep their line and column (snakeyaml-engine's node API), with
 * CloudFormation's {@code !Ref}-style short forms expanded and merge keys applied.
 */
package io.stepwell.serverless.yaml;
