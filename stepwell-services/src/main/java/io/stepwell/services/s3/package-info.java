/**
 * An S3-compatible REST API over the engine's {@link io.stepwell.engine.bucket.BucketStore}, under
 * the path prefix {@code /s3} with path-style addressing ({@code /s3/<bucket>/<key>}): {@code
 * CreateBucket}, {@code HeadBucket}, {@code PutObject}, {@code GetObject}, {@code HeadObject},
 * {@code ListObjectsV2}; S3's XML errors.
 */
package io.stepwell.services.s3;
