package io.stepwell.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example request of AWS's Signature Version 4 documentation, and what AWS refuses. */
class SigV4VerifierTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");
  private static final String DOC_SIGNATURE =
      "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";

  private static SignedRequest iamListUsers(String signature, String date) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
    headers.put("host", List.of("iam.amazonaws.com"));
    headers.put("x-amz-date", List.of(date));
    headers.put(
        "authorization",
        List.of(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date, Signature="
                + signature));
    return new SignedRequest(
        "GET",
        "/",
        "Version=2010-05-08&Action=ListUsers",
        headers,
        SigV4Verifier.sha256Hex(new byte[0]));
  }

  private static SigV4Verifier verifierAt(Instant now) {
    return new SigV4Verifier(
        Map.of("AKIDEXAMPLE", SECRET), InstantSource.fixed(now), Duration.ofMinutes(5));
  }

  @Test
  void acceptsTheDocumentationsExampleSignature() {
    assertThat(verifierAt(SIGNED_AT).verify(iamListUsers(DOC_SIGNATURE, "20150830T123600Z"), true))
        .isEqualTo("AKIDEXAMPLE");
  }

  @Test
  void canonicalRequestMatchesTheDocumentation() {
    // given
    SignedRequest req = iamListUsers(DOC_SIGNATURE, "20150830T123600Z");

    // when
    String canonical =
        CanonicalRequest.of(
            req,
            List.of("content-type", "host", "x-amz-date"),
            SigV4Verifier.sha256Hex(new byte[0]),
            CanonicalRequest.PathStyle.DOUBLE);

    // then
    assertThat(SigV4Verifier.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
  }

  @Test
  void refusesAnotherSignature() {
    assertThatThrownBy(() ->
            verifierAt(SIGNED_AT)
                .verify(iamListUsers(DOC_SIGNATURE.replace('5', '6'), "20150830T123600Z"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("InvalidSignatureException");
              assertThat(f.getMessage())
                  .isEqualTo(
                      "The request signature we calculated does not match the signature you"
                          + " provided. Check your AWS Secret Access Key and signing method."
                          + " Consult the service documentation for details.");
            });
  }

  @Test
  void refusesARequestOlderThanFiveMinutes() {
    assertThatThrownBy(() ->
            verifierAt(SIGNED_AT.plus(Duration.ofMinutes(15)))
                .verify(iamListUsers(DOC_SIGNATURE, "20150830T123600Z"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("InvalidSignatureException");
              assertThat(f.getMessage())
                  .isEqualTo(
                      "Signature expired: 20150830T123600Z is now earlier than 20150830T124600Z"
                          + " (20150830T125100Z - 5 min.)");
            });
  }

  @Test
  void refusesARequestFromTheFuture() {
    assertThatThrownBy(() ->
            verifierAt(SIGNED_AT.minus(Duration.ofMinutes(15)))
                .verify(iamListUsers(DOC_SIGNATURE, "20150830T123600Z"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f ->
                assertThat(f.getMessage())
                    .isEqualTo(
                        "Signature not yet current: 20150830T123600Z is still later than"
                            + " 20150830T122600Z (20150830T122100Z + 5 min.)"));
  }

  @Test
  void refusesAScopeDatedAnotherDay() {
    assertThatThrownBy(() ->
            verifierAt(Instant.parse("2015-08-31T00:00:00Z"))
                .verify(iamListUsers(DOC_SIGNATURE, "20150831T000000Z"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f ->
                assertThat(f.getMessage())
                    .isEqualTo(
                        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of"
                            + " date from HTTP: '20150830' != '20150831', from"
                            + " '20150831T000000Z'."));
  }

  @Test
  void refusesAnUnknownAccessKey() {
    SigV4Verifier other =
        new SigV4Verifier(
            Map.of("SOMEONEELSE", SECRET), InstantSource.fixed(SIGNED_AT), Duration.ofMinutes(5));
    assertThatThrownBy(() -> other.verify(iamListUsers(DOC_SIGNATURE, "20150830T123600Z"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("UnrecognizedClientException");
              assertThat(f.getMessage())
                  .isEqualTo("The security token included in the request is invalid.");
            });
  }

  @Test
  void refusesAHeaderMissingItsParts() {
    // given
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put(
        "authorization",
        List.of("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request"));
    SignedRequest req = new SignedRequest("GET", "/", "", headers, "");

    // when / then
    assertThatThrownBy(() -> verifierAt(SIGNED_AT).verify(req, true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("IncompleteSignatureException");
              assertThat(f.getMessage())
                  .isEqualTo(
                      "Authorization header requires 'Signature' parameter. Authorization header"
                          + " requires 'SignedHeaders' parameter. Authorization header requires"
                          + " existence of either a 'X-Amz-Date' or a 'Date' header."
                          + " Authorization=AWS4-HMAC-SHA256"
                          + " Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request");
            });
  }

  @Test
  void refusesAnUnsignedRequest() {
    SignedRequest req = new SignedRequest("GET", "/", "", Map.of(), "");
    assertThatThrownBy(() -> verifierAt(SIGNED_AT).verify(req, true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> assertThat(f.code()).isEqualTo("MissingAuthenticationTokenException"));
  }

  @Test
  void refusesADateThatIsNotIsoBasicFormat() {
    assertThatThrownBy(
            () -> verifierAt(SIGNED_AT).verify(iamListUsers(DOC_SIGNATURE, "2015-08-30"), true))
        .isInstanceOfSatisfying(
            AuthFailure.class,
            f -> {
              assertThat(f.code()).isEqualTo("IncompleteSignatureException");
              assertThat(f.getMessage())
                  .isEqualTo(
                      "Date must be in ISO-8601 'basic format'. Got '2015-08-30'. See"
                          + " http://en.wikipedia.org/wiki/ISO_8601");
            });
  }

  @Test
  void refusesABodyThatDoesNotMatchItsDeclaredHash() {
    // given
    SignedRequest signed = iamListUsers(DOC_SIGNATURE, "20150830T123600Z");
    Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
    headers.put(
        "x-amz-content-sha256",
        List.of(SigV4Verifier.sha256Hex("other".getBytes(StandardCharsets.UTF_8))));
    SignedRequest tampered =
        new SignedRequest("GET", "/", signed.rawQuery(), headers, signed.bodySha256());

    // when / then
    assertThatThrownBy(() -> verifierAt(SIGNED_AT).verify(tampered, true))
        .isInstanceOfSatisfying(
            AuthFailure.class, f -> assertThat(f.code()).isEqualTo("InvalidSignatureException"));
  }

  @Test
  void nonS3PathsAreEncodedTwiceAndQueriesSortedAndReencoded() {
    assertThat(
            CanonicalRequest.canonicalUri(
                "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af/invocations",
                CanonicalRequest.PathStyle.DOUBLE))
        .isEqualTo(
            "/2015-03-31/functions/arn%253Aaws%253Alambda%253Aus-east-1%253A123456789012%253Afunction%253Af/invocations");
    assertThat(CanonicalRequest.canonicalUri("/a/./b/../c/", CanonicalRequest.PathStyle.DOUBLE))
        .isEqualTo("/a/c/");
    assertThat(CanonicalRequest.canonicalUri("", CanonicalRequest.PathStyle.DOUBLE)).isEqualTo("/");
    assertThat(CanonicalRequest.canonicalUri("//a//b", CanonicalRequest.PathStyle.DOUBLE_COLLAPSED))
        .isEqualTo("/a/b");
    assertThat(CanonicalRequest.canonicalUri("/s3/b/dir/a%20b.txt", CanonicalRequest.PathStyle.S3))
        .as("S3 signs the path encoded once, and keeps dot segments")
        .isEqualTo("/s3/b/dir/a%20b.txt");
    assertThat(CanonicalRequest.canonicalUri("/s3/b/./x", CanonicalRequest.PathStyle.S3))
        .isEqualTo("/s3/b/./x");
    assertThat(CanonicalRequest.canonicalQuery("b=2&a=x%20y&a=1&c"))
        .isEqualTo("a=1&a=x%20y&b=2&c=");
    assertThat(CanonicalRequest.canonicalQuery("Marker=abc%3D%3D&MaxItems=2"))
        .isEqualTo("Marker=abc%3D%3D&MaxItems=2");
  }
}
