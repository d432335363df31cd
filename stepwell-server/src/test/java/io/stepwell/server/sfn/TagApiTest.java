package io.stepwell.server.sfn;

import static io.stepwell.server.sfn.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.Tag;

/** Tags of state machines and activities. */
class TagApiTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void tagsGivenAtCreationThenAddedAndRemoved() {
    // given
    String arn =
        sfn.createStateMachine(b ->
                b.name("tagged")
                    .definition(SfnServer.PASS)
                    .roleArn(SfnServer.ROLE)
                    .tags(Tag.builder().key("team").value("a").build()))
            .stateMachineArn();

    // when
    sfn.tagResource(b ->
        b.resourceArn(arn)
            .tags(
                Tag.builder().key("env").value("dev").build(),
                Tag.builder().key("team").value("b").build()));
    sfn.untagResource(b -> b.resourceArn(arn).tagKeys("env", "missing"));
    List<Tag> tags = sfn.listTagsForResource(b -> b.resourceArn(arn)).tags();

    // then
    assertThat(tags).containsExactly(Tag.builder().key("team").value("b").build());
  }

  @Test
  void activitiesTakeTagsToo() {
    String arn =
        sfn.createActivity(b -> b.name("worker").tags(Tag.builder().key("k").value("").build()))
            .activityArn();
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(arn)).tags())
        .containsExactly(Tag.builder().key("k").value("").build());
  }

  @Test
  void versionsAndUnknownResourcesAreResourceNotFound() {
    String arn = s.createStateMachine("plain", SfnServer.PASS);
    String version =
        sfn.publishStateMachineVersion(b -> b.stateMachineArn(arn)).stateMachineVersionArn();
    assertAwsError(
        () ->
            sfn.tagResource(
                b -> b.resourceArn(version).tags(Tag.builder().key("a").value("b").build())),
        "ResourceNotFound",
        "Resource not found: '" + version + "'");
    String ghost = "arn:aws:states:us-east-1:123456789012:stateMachine:ghost";
    assertAwsError(
        () -> sfn.listTagsForResource(b -> b.resourceArn(ghost)),
        "ResourceNotFound",
        "Resource not found: '" + ghost + "'");
  }

  @Test
  void moreThanFiftyTagsIsTooManyTags() {
    String arn = s.createStateMachine("crowded", SfnServer.PASS);
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add(Tag.builder().key("k" + i).value("v").build());
    }
    assertAwsError(() -> sfn.tagResource(b -> b.resourceArn(arn).tags(tags)), "TooManyTags", null);
  }

  @Test
  void deletedStateMachineLosesItsTags() {
    String arn = s.createStateMachine("brief", SfnServer.PASS);
    sfn.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("a").value("b").build()));
    sfn.deleteStateMachine(b -> b.stateMachineArn(arn));
    s.createStateMachine("brief", SfnServer.PASS);
    assertThat(sfn.listTagsForResource(b -> b.resourceArn(arn)).tags()).isEmpty();
  }
}
