/**
 * The HTTP server: Helidon SE routing, the AWS JSON 1.0 protocol ({@link
 * io.stepwell.server.AwsJsonApi}), AWS's error shape, and the features that make up the API.
 */
package io.stepwell.server;
