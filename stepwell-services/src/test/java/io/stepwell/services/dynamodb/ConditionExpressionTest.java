package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.Av.invalid;
import static io.stepwell.services.dynamodb.Av.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Condition expressions, with the examples of DynamoDB's developer guide ("Condition expressions").
 */
class ConditionExpressionTest {
  // The guide's ProductCatalog item 456.
  private static final Map<String, Object> PRODUCT =
      json(
          """
          {"Id":{"N":"456"},"ProductCategory":{"S":"Sporting Goods"},"Price":{"N":"650"},
           "Color":{"SS":["Red","Black"]},"Description":{"S":"Mountain bike for adults"},
           "Pictures":{"M":{"FrontView":{"S":"http://example.com/products/456_front.jpg"},
                            "SideView":{"S":"http://example.com/products/456_left_side.jpg"}}},
           "ProductReviews":{"M":{"FiveStar":{"L":[{"S":"Excellent!"},{"S":"Best bike ever"}]},
                                  "OneStar":{"L":[{"S":"Terrible"}]}}},
           "RelatedItems":{"L":[{"N":"341"},{"N":"472"},{"N":"649"}]},
           "InStock":{"BOOL":true},"QuantityOnHand":{"NULL":true}}
          """);

  private static boolean matches(String expression, String values) {
    return matches(expression, null, values);
  }

  private static boolean matches(String expression, String names, String values) {
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("ConditionExpression", expression);
    if (names != null) {
      request.put("ExpressionAttributeNames", json(names));
    }
    if (values != null) {
      request.put("ExpressionAttributeValues", json(values));
    }
    ExpressionContext context = ExpressionContext.of(request, List.of("ConditionExpression"));
    Condition condition = ConditionParser.parse("ConditionExpression", expression, context);
    context.requireAllUsed();
    return ConditionEvaluator.matches(condition, PRODUCT);
  }

  @Test
  void guideExamplesHoldOnTheGuidesItem() {
    assertThat(matches("attribute_not_exists(Price)", null)).isFalse();
    assertThat(matches("attribute_exists(Pictures.SideView)", null)).isTrue();
    assertThat(matches("Price <= :p", "{\":p\":{\"N\":\"750\"}}")).isTrue();
    assertThat(
            matches(
                "(ProductCategory IN (:cat1, :cat2)) and (Price between :lo and :hi)",
                """
                {":cat1":{"S":"Sporting Goods"},":cat2":{"S":"Gardening Supplies"},
                 ":lo":{"N":"500"},":hi":{"N":"600"}}
                """))
        .isFalse();
    assertThat(
            matches("begins_with(Pictures.FrontView, :v_sub)", "{\":v_sub\":{\"S\":\"http://\"}}"))
        .isTrue();
    assertThat(matches("contains(Color, :v_sub)", "{\":v_sub\":{\"S\":\"Red\"}}")).isTrue();
    assertThat(matches("size(Description) > :v_sub", "{\":v_sub\":{\"N\":\"20\"}}")).isTrue();
    assertThat(
            matches(
                "attribute_type(ProductReviews.FiveStar, :v_sub)", "{\":v_sub\":{\"S\":\"L\"}}"))
        .isTrue();
    assertThat(matches("RelatedItems[1] = :v", "{\":v\":{\"N\":\"472.0\"}}")).isTrue();
    assertThat(
            matches(
                "#pr.#1star[0] = :v",
                "{\"#pr\":\"ProductReviews\",\"#1star\":\"OneStar\"}",
                "{\":v\":{\"S\":\"Terrible\"}}"))
        .isTrue();
  }

  @Test
  void comparisonsFollowTypes() {
    assertThat(matches("Price > :p", "{\":p\":{\"N\":\"99\"}}")).as("numbers by value").isTrue();
    assertThat(matches("Price > :p", "{\":p\":{\"S\":\"99\"}}")).as("other type").isFalse();
    assertThat(matches("Absent <> :p", "{\":p\":{\"S\":\"x\"}}")).as("missing <>").isTrue();
    assertThat(matches("Absent = :p", "{\":p\":{\"S\":\"x\"}}")).isFalse();
    assertThat(matches("Color = :c", "{\":c\":{\"SS\":[\"Black\",\"Red\"]}}"))
        .as("sets in any order")
        .isTrue();
    assertThat(
            matches(
                "NOT Price = :a OR InStock = :t AND QuantityOnHand = :null",
                "{\":a\":{\"N\":\"650\"},\":t\":{\"BOOL\":true},\":null\":{\"NULL\":true}}"))
        .as("AND binds tighter than OR, NOT tighter than AND")
        .isTrue();
  }

  @Test
  void reservedWordsNeedNames() {
    invalid(
        () -> matches("Data = :v", "{\":v\":{\"S\":\"x\"}}"),
        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword:"
            + " Data");
  }

  @Test
  void undefinedAndUnusedPlaceholdersAreRefused() {
    invalid(
        () -> matches("Price = :p", "{\":q\":{\"N\":\"1\"}}"),
        "Invalid ConditionExpression: An expression attribute value used in expression is not"
            + " defined; attribute value: :p");
    invalid(
        () -> matches("#p = :p", "{\"#q\":\"Price\"}", "{\":p\":{\"N\":\"1\"}}"),
        "Invalid ConditionExpression: An expression attribute name used in the document path is"
            + " not defined; attribute name: #p");
    invalid(
        () -> matches("Price = :p", "{\":p\":{\"N\":\"1\"},\":q\":{\"N\":\"2\"}}"),
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:q}");
  }

  @Test
  void syntaxErrorsNameTheTokenAndItsSurroundings() {
    invalid(
        () -> matches("foo", null),
        "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"foo\"");
    invalid(
        () -> matches("", null), "Invalid ConditionExpression: The expression can not be empty;");
  }

  @Test
  void functionsAreChecked() {
    invalid(
        () -> matches("attribute_exists(Price, Id)", null),
        "Invalid ConditionExpression: Incorrect number of operands for operator or function;"
            + " operator or function: attribute_exists, number of operands: 2");
    invalid(
        () -> matches("nope(Price)", null),
        "Invalid ConditionExpression: Invalid function name; function: nope");
    invalid(
        () -> matches("begins_with(Price, :n)", "{\":n\":{\"N\":\"1\"}}"),
        "Invalid ConditionExpression: Incorrect operand type for operator or function; operator"
            + " or function: begins_with, operand type: N");
    invalid(
        () -> matches("Price BETWEEN :hi AND :lo", "{\":lo\":{\"N\":\"1\"},\":hi\":{\"N\":\"9\"}}"),
        "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than"
            + " or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound"
            + " operand: AttributeValue: {N:1}");
  }
}
