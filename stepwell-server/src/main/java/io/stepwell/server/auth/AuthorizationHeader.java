package io.stepwell.server.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code Authorization: AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/states/
 * aws4_request, SignedHeaders=host;x-amz-date, Signature=...}.
 *
 * @param accessKeyId the access key id
 * @param date the credential scope's date, {@code yyyyMMdd}
 * @param scope the credential scope, {@code date/region/service/aws4_request}
 * @param signedHeaders the signed header names, lower case, as listed
 * @param signature the hex signature
 */
record AuthorizationHeader(
    String accessKeyId, String date, String scope, List<String> signedHeaders, String signature) {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";

  /**
   * Reads the header.
   *
   * @throws AuthFailure {@code IncompleteSignatureException} naming what is missing, as AWS does
   */
  static AuthorizationHeader parse(String header, boolean hasDate) {
    String value = header.strip();
    if (!value.startsWith(ALGORITHM + " ")) {
      throw AuthFailure.incomplete(
          "Authorization header requires 'Credential' parameter. Authorization header requires"
              + " 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
              + (hasDate
                  ? ""
                  : " Authorization header requires existence of either a 'X-Amz-Date' or a"
                      + " 'Date' header.")
              + " Authorization="
              + value);
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : value.substring(ALGORITHM.length()).split(",")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0) {
        parts.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
      if (!parts.containsKey(required)) {
        missing.add("Authorization header requires '" + required + "' parameter.");
      }
    }
    if (!hasDate) {
      missing.add(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    if (!missing.isEmpty()) {
      throw AuthFailure.incomplete(String.join(" ", missing) + " Authorization=" + value);
    }
    String credential = parts.get("Credential");
    String[] c = credential.split("/", -1);
    if (c.length != 5 || c[0].isEmpty() || c[1].length() != 8 || c[2].isEmpty()) {
      throw AuthFailure.incomplete(
          "Credential should be scoped to a valid region, not '" + credential + "'. ");
    }
    if (!c[4].equals("aws4_request")) {
      throw AuthFailure.incomplete(
          "Credential should be scoped with a valid terminator: 'aws4_request', not '"
              + c[4]
              + "'. ");
    }
    List<String> signed = List.of(parts.get("SignedHeaders").split(";"));
    return new AuthorizationHeader(
        c[0], c[1], String.join("/", c[1], c[2], c[3], c[4]), signed, parts.get("Signature"));
  }
}
