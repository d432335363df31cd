package io.stepwell.server;

import io.helidon.http.encoding.ContentDecoder;
import io.helidon.http.encoding.ContentEncoder;
import io.helidon.http.encoding.ContentEncoding;
import io.helidon.http.encoding.ContentEncodingContext;
import java.util.Set;

/**
 * Lets requests with {@code Content-Encoding: aws-chunked} (the AWS SDKs' uploads to S3) through:
 * Helidon refuses a content encoding it does not know with 400. The body is handed on as it came;
 * the S3 API removes the chunk framing itself.
 */
final class AwsChunkedEncoding implements ContentEncoding {
  /** The server's content encodings: Helidon's own (discovered) and this one. */
  static ContentEncodingContext context() {
    return ContentEncodingContext.builder()
        .contentEncodingsDiscoverServices(true)
        .addContentEncoding(new AwsChunkedEncoding())
        .build();
  }

  @Override
  public Set<String> ids() {
    return Set.of("aws-chunked");
  }

  @Override
  public boolean supportsEncoding() {
    return false;
  }

  @Override
  public boolean supportsDecoding() {
    return true;
  }

  @Override
  public ContentDecoder decoder() {
    return ContentDecoder.NO_OP;
  }

  @Override
  public ContentEncoder encoder() {
    return ContentEncoder.NO_OP;
  }

  @Override
  public String name() {
    return "aws-chunked";
  }

  @Override
  public String type() {
    return "aws-chunked";
  }
}
