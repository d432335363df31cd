package io.stepwell.server.lambda;

import java.nio.file.Path;

/**
 * Where a function's code lives and what Lambda reports about it.
 *
 * @param path the jar file or classes directory the runtime loads
 * @param sha256 {@code CodeSha256}: base64 of the SHA-256 of the uploaded package (for a local
 *     path, of its files)
 * @param size {@code CodeSize} in bytes
 * @param kind whether the server unpacked it (and deletes it when replaced) or it is the user's
 */
record FunctionCode(Path path, String sha256, long size, Kind kind) {
  /** Who owns the code's files. */
  enum Kind {
    /** Unpacked from {@code Code.ZipFile} into the server's data folder. */
    UPLOADED,
    /** A local path ({@code S3Bucket: hot-reload}), watched and reloaded when it changes. */
    HOT_RELOAD,
    /** Registered on the function host directly, not through this API. */
    REGISTERED
  }

  boolean hotReload() {
    return kind == Kind.HOT_RELOAD;
  }
}
