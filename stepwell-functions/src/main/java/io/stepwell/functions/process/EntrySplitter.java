package io.stepwell.functions.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a process's output into log entries: one per line of text, and one per telemetry frame. A
 * frame is what Lambda's runtimes write to {@code _LAMBDA_TELEMETRY_LOG_FD} so that a message
 * spanning lines, or one without a line break, stays one entry: 4 bytes of type ({@code
 * 0xa55a00xx}), a 4-byte length, an 8-byte timestamp, then the message, all big-endian. The type's
 * first byte cannot begin UTF-8 text, so frames and text lines can share one stream.
 */
final class EntrySplitter {
  private static final int MAX_LINE_BYTES = 256 * 1024;
  private static final int HEADER_BYTES = 16;

  private final boolean frames;
  private final Consumer<String> entries;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] header = new byte[HEADER_BYTES];
  private int headerSize;
  private ByteArrayOutputStream frame;
  private int frameLeft;

  /**
   * @param frames whether the stream may carry telemetry frames
   * @param entries receives each entry, without its line break
   */
  EntrySplitter(boolean frames, Consumer<String> entries) {
    this.frames = frames;
    this.entries = entries;
  }

  void feed(byte[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      feed(buffer[i]);
    }
  }

  /** The stream ended: what is left is the last entry. */
  void finish() {
    if (headerSize > 0) {
      line.write(header, 0, headerSize);
      headerSize = 0;
    }
    if (frame != null) {
      emit(frame);
      frame = null;
    }
    if (line.size() > 0) {
      emit(line);
    }
  }

  private void feed(byte b) {
    if (frame != null) {
      frame.write(b);
      if (--frameLeft == 0) {
        emitFrame();
      }
    } else if (headerSize > 0 || (frames && b == (byte) 0xa5)) {
      header(b);
    } else if (b == '\n') {
      emit(line);
    } else {
      line.write(b);
      if (line.size() >= MAX_LINE_BYTES) {
        emit(line);
      }
    }
  }

  private void header(byte b) {
    header[headerSize++] = b;
    boolean fits =
        switch (headerSize) {
          case 2 -> b == 0x5a;
          case 3 -> b == 0x00;
          case 4 -> (b & 0xff) <= 0x1f;
          default -> true;
        };
    if (!fits) {
      // Not a frame after all: the bytes were text.
      line.write(header, 0, headerSize);
      headerSize = 0;
      return;
    }
    if (headerSize == HEADER_BYTES) {
      frameLeft =
          ((header[4] & 0xff) << 24)
              | ((header[5] & 0xff) << 16)
              | ((header[6] & 0xff) << 8)
              | (header[7] & 0xff);
      headerSize = 0;
      if (line.size() > 0) {
        emit(line); // text written before the frame was an entry of its own
      }
      frame = new ByteArrayOutputStream(Math.max(0, Math.min(frameLeft, MAX_LINE_BYTES)));
      if (frameLeft <= 0) {
        emitFrame();
      }
    }
  }

  private void emitFrame() {
    String text = frame.toString(StandardCharsets.UTF_8);
    frame = null;
    entries.accept(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
  }

  private void emit(ByteArrayOutputStream bytes) {
    String text = bytes.toString(StandardCharsets.UTF_8);
    bytes.reset();
    entries.accept(text);
  }
}
