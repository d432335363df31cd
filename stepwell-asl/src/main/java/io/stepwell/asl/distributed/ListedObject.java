package io.stepwell.asl.distributed;

import java.time.Instant;

/**
 * One object of an S3 {@code ListObjectsV2} answer, as a bucket store reports it.
 *
 * @param key the object key
 * @param size its size in bytes
 * @param lastModified when it was last written
 * @param etag its entity tag, quotes included, e.g. {@code "\"49e31cee5aec8faf3345893addb14346\""}
 * @param storageClass e.g. {@code STANDARD}
 */
public record ListedObject(
    String key, long size, Instant lastModified, String etag, String storageClass) {}
