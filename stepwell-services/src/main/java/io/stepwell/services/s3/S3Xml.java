package io.stepwell.services.s3;

import io.stepwell.engine.bucket.ObjectInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** S3's XML documents. */
final class S3Xml {
  static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private S3Xml() {}

  /** S3's error document. */
  static String error(
      String code, String message, String resourceTag, String resource, String requestId) {
    StringBuilder b = new StringBuilder(PROLOG).append("<Error>");
    el(b, "Code", code);
    el(b, "Message", message);
    if (resource != null) {
      el(b, resourceTag, resource);
    }
    el(b, "RequestId", requestId);
    return b.append("</Error>").toString();
  }

  /** A ListObjectsV2 page. */
  static String listV2(ListPage p, boolean urlEncoded) {
    StringBuilder b = new StringBuilder(PROLOG);
    b.append("<ListBucketResult xmlns=\"").append(NAMESPACE).append("\">");
    el(b, "Name", p.bucket());
    el(b, "Prefix", enc(p.prefix(), urlEncoded));
    if (p.startAfter() != null) {
      el(b, "StartAfter", enc(p.startAfter(), urlEncoded));
    }
    el(b, "KeyCount", String.valueOf(p.objects().size() + p.commonPrefixes().size()));
    el(b, "MaxKeys", String.valueOf(p.maxKeys()));
    if (p.delimiter() != null) {
      el(b, "Delimiter", enc(p.delimiter(), urlEncoded));
    }
    if (urlEncoded) {
      el(b, "EncodingType", "url");
    }
    el(b, "IsTruncated", String.valueOf(p.nextToken() != null));
    if (p.continuationToken() != null) {
      el(b, "ContinuationToken", p.continuationToken());
    }
    if (p.nextToken() != null) {
      el(b, "NextContinuationToken", p.nextToken());
    }
    for (ObjectInfo o : p.objects()) {
      b.append("<Contents>");
      el(b, "Key", enc(o.key(), urlEncoded));
      el(b, "LastModified", timestamp(o));
      el(b, "ETag", o.etag());
      el(b, "Size", String.valueOf(o.size()));
      el(b, "StorageClass", o.storageClass());
      b.append("</Contents>");
    }
    for (String prefix : p.commonPrefixes()) {
      b.append("<CommonPrefixes>");
      el(b, "Prefix", enc(prefix, urlEncoded));
      b.append("</CommonPrefixes>");
    }
    return b.append("</ListBucketResult>").toString();
  }

  /** A page of a listing, as {@link S3Listing} cut it. */
  record ListPage(
      String bucket,
      String prefix,
      String delimiter,
      String startAfter,
      String continuationToken,
      int maxKeys,
      List<ObjectInfo> objects,
      List<String> commonPrefixes,
      String nextToken) {}

  static String timestamp(ObjectInfo o) {
    return DateTimeFormatter.ISO_INSTANT
        .format(o.lastModified().truncatedTo(ChronoUnit.MILLIS))
        .replaceFirst("(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
  }

  private static String enc(String s, boolean urlEncoded) {
    return urlEncoded ? URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20") : s;
  }

  private static void el(StringBuilder b, String name, String value) {
    b.append('<')
        .append(name)
        .append('>')
        .append(escape(value))
        .append("</")
        .append(name)
        .append('>');
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
