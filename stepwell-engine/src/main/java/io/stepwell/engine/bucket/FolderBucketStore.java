package io.stepwell.engine.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Buckets kept as folders under a root folder: bucket {@code b} is {@code <root>/b}, and object
 * {@code a/b.json} of it is the file {@code <root>/b/a/b.json}, so a key's {@code /} make
 * sub-folders. Keys that would leave the bucket's folder ({@code ..} segments, absolute keys) or
 * that no file can hold (empty segments, a trailing {@code /}) are rejected.
 */
public final class FolderBucketStore implements BucketStore {
  private static final String TEMP_SUFFIX = ".stepwell-tmp";

  private final Path root;

  /** A store under {@code root}, which is created if missing. */
  public FolderBucketStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  @Override
  public void createBucket(String bucket) {
    Keys.checkBucket(bucket);
    try {
      Files.createDirectories(root.resolve(bucket));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] get(String bucket, String key) {
    Path file = fileOf(bucketFolder(bucket), key);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchKeyException(bucket, key);
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void put(String bucket, String key, byte[] content) {
    Path file = fileOf(bucketFolder(bucket), key);
    try {
      Files.createDirectories(file.getParent());
      // Written aside and moved in, so a reader never sees half an object.
      Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
      Files.write(temp, content);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<ObjectInfo> list(String bucket, String prefix) {
    Path folder = bucketFolder(bucket);
    List<ObjectInfo> listed = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String key = keyOf(folder, file);
        if (key.startsWith(prefix) && !key.endsWith(TEMP_SUFFIX)) {
          listed.add(
              ObjectInfo.of(
                  key, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    listed.sort((a, b) -> Keys.S3_ORDER.compare(a.key(), b.key()));
    return listed;
  }

  private Path bucketFolder(String bucket) {
    Keys.checkBucket(bucket);
    Path folder = root.resolve(bucket);
    if (!Files.isDirectory(folder)) {
      throw new NoSuchBucketException(bucket);
    }
    return folder;
  }

  private static Path fileOf(Path bucketFolder, String key) {
    Keys.checkKey(key);
    if (key.startsWith("/")
        || key.startsWith("\\")
        || key.indexOf('\0') >= 0
        || key.contains("\\")) {
      throw new IllegalArgumentException("a folder store cannot hold the key " + key);
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("a folder store cannot hold the key " + key);
      }
    }
    Path file = bucketFolder.resolve(key).normalize();
    if (!file.startsWith(bucketFolder) || file.equals(bucketFolder)) {
      throw new IllegalArgumentException("the key " + key + " leaves its bucket");
    }
    return file;
  }

  private static String keyOf(Path folder, Path file) {
    Path relative = folder.relativize(file);
    StringBuilder key = new StringBuilder();
    for (Path part : relative) {
      if (!key.isEmpty()) {
        key.append('/');
      }
      key.append(part);
    }
    return key.toString();
  }
}
