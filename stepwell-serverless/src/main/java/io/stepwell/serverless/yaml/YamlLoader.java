package io.stepwell.serverless.yaml;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (and so JSON) into {@link Node}s that remember their line and column, through
 * snakeyaml-engine's node API. CloudFormation's short forms become their long forms as
 * CloudFormation reads them: {@code !Ref x} is {@code {Ref: x}}, {@code !GetAtt a.b} is {@code
 * {Fn::GetAtt: [a, b]}}, any other {@code !Name v} is {@code {Fn::Name: v}}. Merge keys ({@code
 * <<}) are applied; a key given twice is an error, as js-yaml (the Framework's reader) makes it.
 */
public final class YamlLoader {
  private final String file;

  private YamlLoader(String file) {
    this.file = file;
  }

  /**
   * Reads {@code path}; positions name it as {@code label}.
   *
   * @throws ServerlessException when the file cannot be read or is not YAML
   */
  public static Node load(Path path, String label) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ServerlessException(null, "cannot read " + label + ": " + e.getMessage(), e);
    }
    return parse(text, label);
  }

  /** Reads YAML text; positions name it as {@code label}. An empty document is an empty mapping. */
  public static Node parse(String text, String label) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).build();
    YamlLoader loader = new YamlLoader(label);
    try {
      Optional<org.snakeyaml.engine.v2.nodes.Node> root = new Compose(settings).composeString(text);
      return root.isPresent()
          ? loader.convert(root.get())
          : new Mapping(Map.of(), Map.of(), new Position(label, 1, 1));
    } catch (MarkedYamlEngineException e) {
      Position at = e.getProblemMark().map(loader::position).orElse(null);
      throw new ServerlessException(at, "not valid YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new ServerlessException(null, label + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  private Position position(Mark mark) {
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private Position start(org.snakeyaml.engine.v2.nodes.Node node) {
    return node.getStartMark().map(this::position).orElse(new Position(file, 1, 1));
  }

  private Node convert(org.snakeyaml.engine.v2.nodes.Node node) {
    Node plain =
        switch (node) {
          case ScalarNode s -> scalar(s);
          case SequenceNode s -> sequence(s);
          case MappingNode m -> mapping(m);
          default -> throw new ServerlessException(start(node), "unsupported YAML node");
        };
    return shortForm(node.getTag(), plain);
  }

  /** CloudFormation's {@code !Tag} short forms, as its YAML reader expands them. */
  private Node shortForm(Tag tag, Node value) {
    String name = tag.getValue();
    if (!name.startsWith("!") || name.startsWith("!!")) {
      return value;
    }
    String function = name.substring(1);
    Position at = value.at();
    Node argument = value;
    if (function.equals("GetAtt") && value instanceof Scalar s && s.value() instanceof String t) {
      int dot = t.indexOf('.');
      if (dot <= 0) {
        throw new ServerlessException(at, "!GetAtt needs Resource.Attribute, not '" + t + "'");
      }
      argument =
          new Sequence(
              List.of(
                  new Scalar(t.substring(0, dot), s.at(0), s.textColumn(), s.singleLine()),
                  new Scalar(
                      t.substring(dot + 1),
                      s.at(dot + 1),
                      s.textColumn() + dot + 1,
                      s.singleLine())),
              at);
    }
    String key =
        function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
    return new Mapping(Map.of(key, argument), Map.of(key, at), at);
  }

  private Scalar scalar(ScalarNode node) {
    Position at = start(node);
    boolean singleLine =
        node.getEndMark().map(e -> e.getLine() + 1 == at.line()).orElse(false)
            && !node.getValue().contains("\n");
    boolean quoted =
        node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
            || node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED;
    boolean literalLike =
        node.getScalarStyle() == ScalarStyle.LITERAL || node.getScalarStyle() == ScalarStyle.FOLDED;
    // counted back from the end, so that a tag (!Sub "...") before the text is skipped
    int textColumn =
        node.getEndMark()
            .map(e -> e.getColumn() + 1 - node.getValue().length() - (quoted ? 1 : 0))
            .orElse(at.column());
    return new Scalar(value(node), at, textColumn, singleLine && !literalLike);
  }

  private Object value(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      return integer(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
        case "-.inf" -> Double.NEGATIVE_INFINITY;
        case ".nan" -> Double.NaN;
        default -> Double.parseDouble(text);
      };
    }
    return text;
  }

  private static Object integer(String text) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    BigInteger big;
    if (t.startsWith("0x")) {
      big = new BigInteger(t.substring(2), 16);
    } else if (t.startsWith("0o")) {
      big = new BigInteger(t.substring(2), 8);
    } else {
      big = new BigInteger(t);
    }
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }

  private Sequence sequence(SequenceNode node) {
    List<Node> items = new ArrayList<>();
    for (org.snakeyaml.engine.v2.nodes.Node item : node.getValue()) {
      items.add(convert(item));
    }
    return new Sequence(items, start(node));
  }

  private Mapping mapping(MappingNode node) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, Position> keys = new LinkedHashMap<>();
    List<Mapping> merged = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode k)) {
        throw new ServerlessException(start(keyNode), "a mapping key must be a scalar");
      }
      Node value = convert(tuple.getValueNode());
      if (k.getValue().equals("<<") && k.getScalarStyle() == ScalarStyle.PLAIN) {
        merged.addAll(mergeSources(value));
        continue;
      }
      String key = k.getValue();
      if (entries.containsKey(key)) {
        throw new ServerlessException(start(k), "duplicated mapping key '" + key + "'");
      }
      entries.put(key, value);
      keys.put(key, start(k));
    }
    for (Mapping source : merged) {
      source
          .entries()
          .forEach((k, v) -> {
            if (!entries.containsKey(k)) {
              entries.put(k, v);
              keys.put(k, source.keyAt(k));
            }
          });
    }
    return new Mapping(entries, keys, start(node));
  }

  private static List<Mapping> mergeSources(Node value) {
    return switch (value) {
      case Mapping m -> List.of(m);
      case Sequence s -> {
        List<Mapping> all = new ArrayList<>();
        for (Node item : s.items()) {
          if (!(item instanceof Mapping m)) {
            throw new ServerlessException(item.at(), "a merge key (<<) takes mappings only");
          }
          all.add(m);
        }
        yield all;
      }
      case Scalar s ->
          throw new ServerlessException(s.at(), "a merge key (<<) takes mappings only");
    };
  }
}
