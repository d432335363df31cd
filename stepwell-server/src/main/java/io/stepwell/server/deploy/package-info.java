/**
 * Serverless Framework projects on a running server: {@code POST /stepwell/deploy}, the record of
 * deployed projects (redeployed when the server starts, so their functions and http events come
 * back), and the http events themselves, served as API Gateway's Step Functions integration
 * answers.
 */
package io.stepwell.server.deploy;
