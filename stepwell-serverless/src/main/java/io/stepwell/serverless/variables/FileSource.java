package io.stepwell.serverless.variables;

import io.stepwell.serverless.Position;
import io.stepwell.serverless.yaml.Node;
import io.stepwell.serverless.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code ${file(./other.yml):path}}: YAML or JSON files beside the configuration. */
final class FileSource {
  private final Path projectDir;
  private final Map<Path, Node> loaded = new HashMap<>();

  FileSource(Path projectDir) {
    this.projectDir = projectDir;
  }

  VariableResolver.Lookup lookup(
      String path, String address, VariableResolver resolver, Position at) {
    Path file = projectDir.resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      return VariableResolver.Lookup.missing("file " + path + " does not exist");
    }
    String name = file.getFileName().toString();
    if (!(name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json"))) {
      return VariableResolver.Lookup.missing(
          "file " + path + " is not YAML or JSON (.yml, .yaml, .json)");
    }
    String label = projectDir.relativize(file).toString().replace('\\', '/');
    Node content = loaded.computeIfAbsent(file, f -> YamlLoader.load(f, label));
    return resolver.walk(content, address, "file(" + path + "):" + address);
  }
}
