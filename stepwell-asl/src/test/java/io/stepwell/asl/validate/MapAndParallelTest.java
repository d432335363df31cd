package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapAndParallelTest {
  private static final String INNER = "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";

  private static String map(String fields) {
    return machine("'A':{'Type':'Map','End':true," + fields + "}");
  }

  @Test
  void legacyIteratorAndParametersAreAccepted() {
    assertThat(
            errors(
                map(
                    "'Iterator':"
                        + INNER
                        + ",'ItemsPath':'$.items','Parameters':{'x.$':'$$.Map.Item.Value'}")))
        .isEmpty();
  }

  @Test
  void distributedMapFieldsAreAccepted() {
    String processor =
        "{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'EXPRESS'},"
            + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";
    assertThat(
            errors(
                map(
                    "'ItemProcessor':"
                        + processor
                        + ",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                        + "'Parameters':{'Bucket.$':'$.b','Key':'k'},"
                        + "'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW'}},"
                        + "'ItemBatcher':{'MaxItemsPerBatch':10},"
                        + "'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                        + "'Parameters':{'Bucket':'b','Prefix':'p'}},"
                        + "'Label':'L','ToleratedFailurePercentage':5,'ToleratedFailureCount':1")))
        .isEmpty();
  }

  @Test
  void mapNeedsAProcessor() {
    assertThat(errors(map("'ItemsPath':'$'")))
        .containsExactly(
            schema(
                "This object should have only one of the following fields: [ItemProcessor,"
                    + " Iterator]",
                "/States/A"));
  }

  @Test
  void iteratorAndItemProcessorAreExclusive() {
    assertThat(errors(map("'Iterator':" + INNER + ",'ItemProcessor':" + INNER)))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [ItemProcessor, Iterator]",
                "/States/A"));
  }

  @Test
  void itemProcessorTakesNoQueryLanguage() {
    // Measured by Floci on AWS.
    assertThat(
            errors(
                map(
                    "'ItemProcessor':{'QueryLanguage':'JSONata','StartAt':'P','States':{"
                        + "'P':{'Type':'Pass','End':true}}}")))
        .containsExactly(
            schema("Field 'QueryLanguage' is not supported", "/States/A/ItemProcessor"));
  }

  @Test
  void processorStatesInheritTheMachineLanguageNotTheMaps() {
    // Measured by Floci on AWS: a JSONata Map in a JSONPath machine keeps JSONPath inside.
    String definition =
        map(
            "'QueryLanguage':'JSONata','ItemProcessor':{'StartAt':'P','States':{"
                + "'P':{'Type':'Pass','Output':1,'End':true}}}");

    assertThat(errors(definition))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported"
                    + " for the 'JSONata' QueryLanguage",
                "/States/A/ItemProcessor/States/P"));
  }

  @Test
  void distributedModeRequiresExecutionType() {
    assertThat(
            errors(
                map(
                    "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED'},'StartAt':'P',"
                        + "'States':{'P':{'Type':'Pass','End':true}}}")))
        .containsExactly(
            schema(
                "These fields are required: [ExecutionType]",
                "/States/A/ItemProcessor/ProcessorConfig"));
  }

  @Test
  void processorModeIsInlineOrDistributed() {
    assertThat(
            errors(
                map(
                    "'ItemProcessor':{'ProcessorConfig':{'Mode':'PARALLEL'},'StartAt':'P',"
                        + "'States':{'P':{'Type':'Pass','End':true}}}")))
        .containsExactly(
            schema(
                "The field 'Mode' should have one of these values: [INLINE, DISTRIBUTED]",
                "/States/A/ItemProcessor/ProcessorConfig/Mode"));
  }

  @Test
  void maxConcurrencyAndItsPathAreExclusive() {
    assertThat(
            errors(
                map("'ItemProcessor':" + INNER + ",'MaxConcurrency':1,'MaxConcurrencyPath':'$.m'")))
        .containsExactly(
            schema(
                "There should only be one of the following fields: [MaxConcurrency,"
                    + " MaxConcurrencyPath]",
                "/States/A"));
  }

  @Test
  void toleratedFailurePercentageIsAtMost100() {
    assertThat(errors(map("'ItemProcessor':" + INNER + ",'ToleratedFailurePercentage':101")))
        .containsExactly(
            schema(
                "The value of the field 'ToleratedFailurePercentage' must be a number from 0.0"
                    + " to 100.0",
                "/States/A/ToleratedFailurePercentage"));
  }

  @Test
  void itemReaderRequiresResource() {
    assertThat(errors(map("'ItemProcessor':" + INNER + ",'ItemReader':{'ReaderConfig':{}}")))
        .containsExactly(schema("These fields are required: [Resource]", "/States/A/ItemReader"));
  }

  @Test
  void jsonataMapTakesItemsNotItemsPath() {
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Map','End':true,"
                + "'ItemsPath':'$.a','ItemProcessor':"
                + INNER
                + "}}}");

    assertThat(errors(definition))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'ItemsPath' is only supported"
                    + " for the 'JSONPath' QueryLanguage",
                "/States/A"));
  }

  @Test
  void parallelBranchesAreNonEmptyStateMachines() {
    assertThat(errors(machine("'A':{'Type':'Parallel','End':true,'Branches':[]}")))
        .containsExactly(schema("Value cannot be empty", "/States/A/Branches"));
    assertThat(errors(machine("'A':{'Type':'Parallel','End':true,'Branches':[{'States':{}}]}")))
        .containsExactly(
            schema("These fields are required: [StartAt]", "/States/A/Branches[0]"),
            schema("Value cannot be empty", "/States/A/Branches[0]/States"));
  }

  @Test
  void parallelRequiresBranches() {
    assertThat(errors(machine("'A':{'Type':'Parallel','End':true}")))
        .containsExactly(schema("These fields are required: [Branches]", "/States/A"));
  }

  @Test
  void jsonataItemSelectorMayBeOneExpression() {
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Map','End':true,"
                + "'Items':'{% [1, 2] %}','ItemSelector':'{% {\\'v\\': $states.context.Map.Item.Value} %}',"
                + "'ItemProcessor':"
                + INNER
                + "}}}");

    assertThat(errors(definition)).isEmpty();
  }

  @Test
  void jsonPathItemSelectorMustBeAnObject() {
    assertThat(errors(map("'ItemProcessor':" + INNER + ",'ItemSelector':'x'")))
        .containsExactly(
            schema(
                "The value of the field 'ItemSelector' must be an object",
                "/States/A/ItemSelector"));
  }

  @Test
  void jsonataItemBatcherTakesNoPathFields() {
    // Floci issue 3733 quotes AWS for MaxItemsPerBatchPath in a JSONata state machine.
    String definition =
        json(
            "{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Map','End':true,"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                + "'ExecutionType':'STANDARD'},'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'End':true}}},'ItemBatcher':{'MaxItemsPerBatchPath':'$.n',"
                + "'MaxInputBytesPerBatch':'{% $states.input.bytes %}'}}}}");

    assertThat(errors(definition))
        .containsExactly(
            schema(
                "The QueryLanguage is set to 'JSONata', but field 'MaxItemsPerBatchPath' is only"
                    + " supported for the 'JSONPath' QueryLanguage",
                "/States/A/ItemBatcher"));
  }
}
