/**
 * Local stand-ins for the S3 buckets a Distributed Map reads and writes: the {@link
 * io.stepwell.engine.bucket.BucketStore} interface with S3's error codes, a store kept in a folder
 * per bucket, one kept in memory for tests, and {@code s3://} URIs.
 */
package io.stepwell.engine.bucket;
