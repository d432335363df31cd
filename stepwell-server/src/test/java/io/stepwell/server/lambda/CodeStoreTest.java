package io.stepwell.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeStoreTest {
  @TempDir Path root;

  private static String zipOf(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  @Test
  void unpacksAZipUnderTheDataFolder() throws Exception {
    // when
    FunctionCode code =
        new CodeStore(root)
            .resolve("f", Map.of("ZipFile", zipOf(Map.of("demo/A.class", new byte[] {1, 2}))));

    // then
    assertThat(code.kind()).isEqualTo(FunctionCode.Kind.UPLOADED);
    assertThat(code.path()).startsWith(root.resolve("functions").resolve("f"));
    assertThat(code.path().resolve("demo/A.class")).hasBinaryContent(new byte[] {1, 2});
  }

  @Test
  void refusesAnEntryThatEscapesTheFolder() throws Exception {
    // given
    String evil = zipOf(Map.of("../../evil.txt", new byte[] {1}));

    // when / then
    assertThatThrownBy(() -> new CodeStore(root).resolve("f", Map.of("ZipFile", evil)))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Could not unzip uploaded file. Please check your file, then try to upload"
                            + " again."));
    assertThat(root.resolve("evil.txt")).doesNotExist();
    assertThat(root.getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void refusesAPackageOverTheZippedLimit() throws Exception {
    String zip = zipOf(Map.of("a", new byte[4096]));
    assertThatThrownBy(() -> new CodeStore(root, 100, 1 << 20).resolve("f", Map.of("ZipFile", zip)))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RequestEntityTooLargeException");
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.getMessage()).isEqualTo("Zipped size must be smaller than 100 bytes");
            });
  }

  @Test
  void refusesAPackageOverTheUnzippedLimitAndLeavesNothingBehind() throws Exception {
    String zip = zipOf(Map.of("a", new byte[10_000]));
    assertThatThrownBy(
            () -> new CodeStore(root, 1 << 20, 5_000).resolve("f", Map.of("ZipFile", zip)))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InvalidParameterValueException");
              assertThat(e.getMessage()).isEqualTo("Unzipped size must be smaller than 5000 bytes");
            });
    try (var left = Files.walk(root.resolve("functions"))) {
      assertThat(left.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void refusesContainerImagesAndBase64ThatIsNot() {
    assertThatThrownBy(() -> new CodeStore(root).resolve("f", Map.of("ImageUri", "repo/img:1")))
        .isInstanceOf(LambdaException.class)
        .hasMessageContaining("Container images are not supported");
    assertThatThrownBy(() -> new CodeStore(root).resolve("f", Map.of("ZipFile", "!!!")))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> assertThat(e.code()).isEqualTo("InvalidRequestContentException"));
    assertThatThrownBy(() -> new CodeStore(root).resolve("f", Map.of()))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e ->
                assertThat(e.getMessage()).isEqualTo("Please provide a source for function code."));
  }

  @Test
  void aCreateRequestOverLambdasLimitIsTooLarge() {
    FunctionActions.requireCreateSize(FunctionActions.MAX_CREATE_REQUEST);
    assertThatThrownBy(
            () -> FunctionActions.requireCreateSize(FunctionActions.MAX_CREATE_REQUEST + 1))
        .isInstanceOfSatisfying(
            LambdaException.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Request must be smaller than 70167211 bytes for the CreateFunction"
                          + " operation");
            });
  }
}
