/**
 * Request authentication: AWS Signature Version 4 verification ({@link
 * io.stepwell.server.auth.SigV4Auth}), a filter in front of every API, off unless added.
 */
package io.stepwell.server.auth;
