package io.stepwell.serverless.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.serverless.ServerlessException;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Framework's variables, with values as the Framework's variables guide documents them. */
class VariablesTest {
  @TempDir Path dir;

  private Mapping resolve(String yaml, Map<String, String> options, Map<String, String> env) {
    Mapping root = (Mapping) YamlLoader.parse(yaml, "serverless.yml");
    return new VariableResolver(
            root, dir, new VariableResolver.Context(options, env, "123456789012"))
        .resolveAll();
  }

  private Object value(String yaml, String key) {
    return resolve(yaml, Map.of(), Map.of()).get(key).toPlain();
  }

  @Test
  void selfReferencesReachAnyDepthAndKeepTheirType() {
    // given
    String yaml =
        """
        service: new-service
        provider:
          name: aws
          stage: prod
        custom:
          globalSchedule: rate(10 minutes)
          limits: {max: 5, names: [a, b]}
        a: ${self:service}
        b: ${self:provider.stage}
        c: ${self:custom.globalSchedule}
        d: ${self:custom.limits}
        e: ${self:custom.limits.max}
        f: ${self:custom.limits.names.1}
        g: ${self:service}-${self:provider.stage}-x
        """;

    // when
    Mapping resolved = resolve(yaml, Map.of(), Map.of());

    // then
    assertThat(resolved.get("a").toPlain()).isEqualTo("new-service");
    assertThat(resolved.get("b").toPlain()).isEqualTo("prod");
    assertThat(resolved.get("c").toPlain()).isEqualTo("rate(10 minutes)");
    assertThat(resolved.get("d").toPlain())
        .isEqualTo(Map.of("max", 5L, "names", java.util.List.of("a", "b")));
    assertThat(resolved.get("e").toPlain()).isEqualTo(5L);
    assertThat(resolved.get("f").toPlain()).isEqualTo("b");
    assertThat(resolved.get("g").toPlain()).isEqualTo("new-service-prod-x");
  }

  @Test
  void selfReferencesFollowReferencesTheyPassThrough() {
    String yaml =
        """
        custom:
          stage: ${opt:stage, 'dev'}
          table: ${self:custom.stage}-table
        out: ${self:custom.table}
        """;

    assertThat(value(yaml, "out")).isEqualTo("dev-table");
  }

  @Test
  void optionsComeFromTheCommandLineWithDefaultsOtherwise() {
    String yaml =
        """
        provider: {stage: dev}
        a: ${opt:stage}
        b: ${opt:region, 'us-west-1'}
        c: ${opt:stage, self:provider.stage}
        """;

    Mapping resolved = resolve(yaml, Map.of("stage", "production"), Map.of());

    assertThat(resolved.get("a").toPlain()).isEqualTo("production");
    assertThat(resolved.get("b").toPlain()).isEqualTo("us-west-1");
    assertThat(resolved.get("c").toPlain()).isEqualTo("production");
  }

  @Test
  void slsStageIsTheOptionElseProviderStageElseDev() {
    // ${sls:stage} is documented as ${opt:stage, self:provider.stage, "dev"}
    String withProvider = "provider: {stage: qa}\nx: ${sls:stage}\n";
    String without = "x: ${sls:stage}\n";

    assertThat(resolve(withProvider, Map.of("stage", "prod"), Map.of()).get("x").toPlain())
        .isEqualTo("prod");
    assertThat(resolve(withProvider, Map.of(), Map.of()).get("x").toPlain()).isEqualTo("qa");
    assertThat(resolve(without, Map.of(), Map.of()).get("x").toPlain()).isEqualTo("dev");
  }

  @Test
  void awsRegionAndAccountId() {
    String yaml =
        """
        service: svc
        provider: {region: eu-west-1}
        arn: arn:aws:lambda:${aws:region}:${aws:accountId}:function:${self:service}-${sls:stage}-hello
        """;

    assertThat(value(yaml, "arn"))
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:svc-dev-hello");
  }

  @Test
  void environmentVariablesWithDefaultsAndNestedDefaults() {
    String yaml =
        """
        a: ${env:TABLE}
        b: ${env:MISSING, 'fallback'}
        c: ${env:MISSING, ${env:ALSO_MISSING, 'deep'}}
        d: ${env:MISSING, env:TABLE}
        e: ${env:MISSING, 42}
        f: ${env:${opt:stage}_ARN}
        """;

    Mapping resolved =
        resolve(yaml, Map.of("stage", "dev"), Map.of("TABLE", "orders", "dev_ARN", "arn:x"));

    assertThat(resolved.get("a").toPlain()).isEqualTo("orders");
    assertThat(resolved.get("b").toPlain()).isEqualTo("fallback");
    assertThat(resolved.get("c").toPlain()).isEqualTo("deep");
    assertThat(resolved.get("d").toPlain()).isEqualTo("orders");
    assertThat(resolved.get("e").toPlain()).isEqualTo(42L);
    assertThat(resolved.get("f").toPlain()).isEqualTo("arn:x");
  }

  @Test
  void cloudFormationSubstitutionsAreLeftAlone() {
    String yaml = "x: arn:aws:s3:::${AWS::Region}-${MyBucket.Arn}-${name}-${!Literal}\n";

    assertThat(value(yaml, "x"))
        .isEqualTo("arn:aws:s3:::${AWS::Region}-${MyBucket.Arn}-${name}-${!Literal}");
  }

  @Test
  void fileReferencesReadYamlAndJsonBesideTheProject() throws Exception {
    Files.writeString(
        dir.resolve("config.yml"), "schedule: rate(1 minute)\nstage: ${opt:stage, 'dev'}\n");
    Files.writeString(dir.resolve("def.json"), "{\"StartAt\": \"A\"}");
    String yaml =
        """
        a: ${file(./config.yml):schedule}
        b: ${file(./def.json)}
        c: ${file(./config.yml):stage}
        """;

    Mapping resolved = resolve(yaml, Map.of(), Map.of());

    assertThat(resolved.get("a").toPlain()).isEqualTo("rate(1 minute)");
    assertThat(resolved.get("b").toPlain()).isEqualTo(Map.of("StartAt", "A"));
    assertThat(resolved.get("c").toPlain()).isEqualTo("dev");
  }

  @Test
  void aMissingEnvironmentVariableNamesTheFileLineAndColumn() {
    String yaml =
        """
        service: svc
        provider:
          environment:
            TABLE: ${env:NOPE}
        """;

    assertThatThrownBy(() -> resolve(yaml, Map.of(), Map.of()))
        .isInstanceOf(ServerlessException.class)
        .hasMessage(
            "serverless.yml:4:12: cannot resolve ${env:NOPE}: environment variable NOPE is not set"
                + " and has no default");
  }

  @Test
  void aVariableInsideAStringIsReportedAtItsOwnColumn() {
    String yaml = "name: prefix-${opt:stage}-suffix\n";

    assertThatThrownBy(() -> resolve(yaml, Map.of(), Map.of()))
        .hasMessage(
            "serverless.yml:1:14: cannot resolve ${opt:stage}: option --stage was not given and"
                + " has no default");
  }

  @Test
  void aQuotedValueCountsItsQuote() {
    String yaml = "name: \"a-${self:custom.nope}\"\n";

    assertThatThrownBy(() -> resolve(yaml, Map.of(), Map.of()))
        .hasMessage(
            "serverless.yml:1:10: cannot resolve ${self:custom.nope}: no value at"
                + " self:custom.nope and has no default");
  }

  @Test
  void everyFallbackFailingListsEveryReason() {
    String yaml = "x: ${env:A, opt:b}\n";

    assertThatThrownBy(() -> resolve(yaml, Map.of(), Map.of()))
        .hasMessage(
            "serverless.yml:1:4: cannot resolve ${env:A, opt:b}: no source has a value"
                + " (environment variable A is not set; option --b was not given)");
  }

  @Test
  void unsupportedSourcesAndCyclesAreErrors() {
    assertThatThrownBy(() -> resolve("x: ${ssm:/path/param}\n", Map.of(), Map.of()))
        .hasMessageStartingWith(
            "serverless.yml:1:4: cannot resolve ${ssm:/path/param}: the \"ssm\"")
        .hasMessageContaining("not supported");
    assertThatThrownBy(() -> resolve("a: ${self:b}\nb: ${self:a}\n", Map.of(), Map.of()))
        .hasMessageContaining("circular reference");
  }

  @Test
  void anObjectCannotBePartOfAString() {
    String yaml = "custom: {m: {a: 1}}\nx: a-${self:custom.m}\n";

    assertThatThrownBy(() -> resolve(yaml, Map.of(), Map.of()))
        .hasMessage(
            "serverless.yml:2:6: cannot resolve ${self:custom.m}: it names a mapping, which cannot"
                + " be part of a string");
  }

  @Test
  void aBareWordIsNotAFallback() {
    assertThatThrownBy(() -> resolve("x: ${opt:stage, dev}\n", Map.of(), Map.of()))
        .hasMessageStartingWith("serverless.yml:1:17: invalid variable");
  }
}
