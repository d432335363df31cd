package io.stepwell.engine.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class S3UriTest {
  @Test
  void parsesBucketAndKey() {
    S3Uri uri = S3Uri.parse("s3://amzn-s3-demo-bucket/csvDataset/ratings.csv");

    assertThat(uri.bucket()).isEqualTo("amzn-s3-demo-bucket");
    assertThat(uri.key()).isEqualTo("csvDataset/ratings.csv");
    assertThat(uri).hasToString("s3://amzn-s3-demo-bucket/csvDataset/ratings.csv");
  }

  @Test
  void aBucketAloneHasAnEmptyKey() {
    assertThat(S3Uri.parse("s3://bucket")).isEqualTo(new S3Uri("bucket", ""));
    assertThat(S3Uri.parse("s3://bucket/")).isEqualTo(new S3Uri("bucket", ""));
  }

  @Test
  void keepsTheKeyAsWritten() {
    assertThat(S3Uri.parse("s3://b/a//b/").key()).isEqualTo("a//b/");
  }

  @Test
  void rejectsWhatIsNoS3Uri() {
    for (String text :
        Arrays.asList(null, "", "bucket/key", "https://b/k", "s3://", "s3:///key", "S3://b/k")) {
      assertThatThrownBy(() -> S3Uri.parse(text))
          .as(String.valueOf(text))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
