package io.stepwell.serverless.variables;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.ServerlessException;
import io.stepwell.serverless.yaml.Mapping;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.Scalar;
import io.stepwell.serverless.yaml.Sequence;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the Serverless Framework's variables in a configuration's values (never its keys), as
 * the Framework does: {@code ${self:path}}, {@code ${opt:name}}, {@code ${env:NAME}}, {@code
 * ${sls:stage}}, {@code ${aws:region}}, {@code ${aws:accountId}}, {@code ${file(path):path}}, with
 * fallbacks ({@code ${env:A, 'default'}}, {@code ${opt:stage, self:provider.stage}}, nested
 * variables) and variables inside addresses ({@code ${env:${opt:stage}_ARN}}). A value that is one
 * variable keeps the type of what it names; a variable inside a longer string must name a string,
 * number or boolean. Anything that cannot be resolved is a {@link ServerlessException} naming the
 * file, line and column and the variable's text.
 */
public final class VariableResolver {
  private final Mapping root;
  private final Context context;
  private final IdentityHashMap<Node, Node> resolved = new IdentityHashMap<>();
  private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final FileSource files;

  /**
   * What the sources read besides the configuration itself.
   *
   * @param options the command-line options ({@code stage}, {@code region}, ...)
   * @param environment the environment variables
   * @param accountId the account {@code ${aws:accountId}} names
   */
  public record Context(
      Map<String, String> options, Map<String, String> environment, String accountId) {}

  public VariableResolver(Mapping root, java.nio.file.Path projectDir, Context context) {
    this.root = root;
    this.context = context;
    this.files = new FileSource(projectDir);
  }

  /** The whole configuration, resolved. */
  public Mapping resolveAll() {
    return (Mapping) resolve(root);
  }

  /** {@code node} with every variable in it resolved. */
  public Node resolve(Node node) {
    Node done = resolved.get(node);
    if (done != null) {
      return done;
    }
    if (!inProgress.add(node)) {
      throw new ServerlessException(node.at(), "circular reference: this value refers to itself");
    }
    try {
      Node result =
          switch (node) {
            case Scalar s -> scalar(s);
            case Sequence s -> {
              List<Node> items = new ArrayList<>();
              s.items().forEach(i -> items.add(resolve(i)));
              yield new Sequence(items, s.at());
            }
            case Mapping m -> {
              Map<String, Node> entries = new LinkedHashMap<>();
              m.entries().forEach((k, v) -> entries.put(k, resolve(v)));
              yield m.withEntries(entries);
            }
          };
      resolved.put(node, result);
      return result;
    } finally {
      inProgress.remove(node);
    }
  }

  private Node scalar(Scalar s) {
    if (!(s.value() instanceof String text) || !text.contains("${")) {
      return s;
    }
    Template template;
    try {
      template = VariableSyntax.parse(text);
    } catch (VariableSyntaxException e) {
      throw new ServerlessException(
          s.at(e.index()), "invalid variable in '" + text + "': " + e.getMessage());
    }
    if (!template.hasVariables()) {
      return s;
    }
    if (template.isSingleVariable()) {
      Node value = variable((Variable) template.parts().getFirst(), s);
      return value;
    }
    return Scalar.of(interpolate(template, s), s.at());
  }

  private String interpolate(Template template, Scalar owner) {
    StringBuilder out = new StringBuilder();
    for (Object part : template.parts()) {
      if (part instanceof Variable v) {
        Node value = variable(v, owner);
        out.append(text(value, v, owner));
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }

  private static String text(Node value, Variable v, Scalar owner) {
    if (value instanceof Scalar s
        && (s.value() instanceof String
            || s.value() instanceof Long
            || s.value() instanceof BigInteger
            || s.value() instanceof Boolean)) {
      return String.valueOf(s.value());
    }
    if (value instanceof Scalar s && s.value() instanceof Double d) {
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? Long.toString(d.longValue())
          : d.toString();
    }
    throw new ServerlessException(
        owner.at(v.start()),
        "cannot resolve "
            + v.text()
            + ": it names "
            + kind(value)
            + ", which cannot be part of a string");
  }

  private static String kind(Node value) {
    return switch (value) {
      case Mapping m -> "a mapping";
      case Sequence s -> "a list";
      case Scalar s -> s.value() == null ? "null" : "a " + s.value().getClass().getSimpleName();
    };
  }

  /** The value of a variable: its first source that has one. */
  private Node variable(Variable v, Scalar owner) {
    List<String> reasons = new ArrayList<>();
    for (Source source : v.sources()) {
      Lookup found = source(source, owner);
      if (found.value() != null) {
        return found.value();
      }
      reasons.add(found.reason());
    }
    String why =
        reasons.size() == 1
            ? reasons.getFirst() + " and has no default"
            : "no source has a value (" + String.join("; ", reasons) + ")";
    throw new ServerlessException(owner.at(v.start()), "cannot resolve " + v.text() + ": " + why);
  }

  /** A source's value, or why it has none. */
  record Lookup(Node value, String reason) {
    static Lookup found(Node value) {
      return new Lookup(value, null);
    }

    static Lookup missing(String reason) {
      return new Lookup(null, reason);
    }
  }

  private Lookup source(Source source, Scalar owner) {
    Position at = owner.at();
    return switch (source) {
      case Source.Literal l -> Lookup.found(Scalar.of(l.value(), at));
      case Variable nested -> {
        try {
          yield Lookup.found(variable(nested, owner));
        } catch (ServerlessException e) {
          yield Lookup.missing(e.detail());
        }
      }
      case Source.Reference r -> reference(r, owner);
    };
  }

  private Lookup reference(Source.Reference r, Scalar owner) {
    String address = r.address() == null ? "" : interpolate(r.address(), owner);
    Position at = owner.at();
    return switch (r.type()) {
      case "self" -> self(address, at);
      case "opt" -> {
        String v = context.options().get(address);
        yield v == null
            ? Lookup.missing("option --" + address + " was not given")
            : Lookup.found(Scalar.of(v, at));
      }
      case "env" -> {
        String v = context.environment().get(address);
        yield v == null
            ? Lookup.missing("environment variable " + address + " is not set")
            : Lookup.found(Scalar.of(v, at));
      }
      case "sls" -> Lookup.found(Scalar.of(sls(address, owner), at));
      case "aws" -> Lookup.found(Scalar.of(aws(address, owner), at));
      case "file" -> {
        if (r.params().size() != 1) {
          throw new ServerlessException(at, "${file(...)} takes one path");
        }
        String path = interpolate(r.params().getFirst(), owner);
        yield files.lookup(path, address, this, at);
      }
      case "strToBool" -> {
        String v = r.params().isEmpty() ? "" : interpolate(r.params().getFirst(), owner).trim();
        yield Lookup.found(Scalar.of(!(v.equals("false") || v.equals("0") || v.isEmpty()), at));
      }
      default ->
          throw new ServerlessException(
              at,
              "cannot resolve ${"
                  + r.type()
                  + ":"
                  + address
                  + "}: the \""
                  + r.type()
                  + "\" variable source is not supported (supported: self, opt, env, sls, aws,"
                  + " file, strToBool)");
    };
  }

  /** {@code ${sls:stage}}: the stage option, else {@code provider.stage}, else {@code dev}. */
  public String stage() {
    return firstOf(context.options().get("stage"), "provider.stage", "dev");
  }

  /** {@code ${aws:region}}: the region option, else {@code provider.region}, else us-east-1. */
  public String region() {
    return firstOf(context.options().get("region"), "provider.region", "us-east-1");
  }

  private String firstOf(String option, String selfPath, String fallback) {
    if (option != null) {
      return option;
    }
    Lookup configured = self(selfPath, root.at());
    if (configured.value() instanceof Scalar s && s.value() != null) {
      return String.valueOf(s.value());
    }
    return fallback;
  }

  private String sls(String address, Scalar owner) {
    return switch (address) {
      case "stage" -> stage();
      default ->
          throw new ServerlessException(
              owner.at(), "cannot resolve ${sls:" + address + "}: unsupported address");
    };
  }

  private String aws(String address, Scalar owner) {
    return switch (address) {
      case "region" -> region();
      case "accountId" -> context.accountId();
      default ->
          throw new ServerlessException(
              owner.at(), "cannot resolve ${aws:" + address + "}: unsupported address");
    };
  }

  /** {@code ${self:a.b.c}}: walks the configuration, resolving what it passes through. */
  Lookup self(String address, Position at) {
    return walk(root, address, "self:" + address);
  }

  /** Walks {@code start} along a dotted path; the value found is resolved. */
  Lookup walk(Node start, String address, String label) {
    Node node = start;
    if (!address.isEmpty()) {
      for (String segment : address.split("\\.", -1)) {
        node = shallow(node);
        Node next =
            switch (node) {
              case Mapping m -> m.get(segment);
              case Sequence s
                  when segment.matches("\\d+") && Integer.parseInt(segment) < s.items().size() ->
                  s.items().get(Integer.parseInt(segment));
              default -> null;
            };
        if (next == null) {
          return Lookup.missing("no value at " + label);
        }
        node = next;
      }
    }
    Node value = resolve(node);
    if (value instanceof Scalar s && s.value() == null) {
      return Lookup.missing("the value at " + label + " is null");
    }
    return Lookup.found(value);
  }

  /** A scalar that is a variable, resolved so that a path can go on into what it names. */
  private Node shallow(Node node) {
    return node instanceof Scalar ? resolve(node) : node;
  }
}
