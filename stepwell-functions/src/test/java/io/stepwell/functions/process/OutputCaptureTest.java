package io.stepwell.functions.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How a process's output is split into log entries and filed under invocations. */
class OutputCaptureTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final PipedOutputStream process = new PipedOutputStream();

  private OutputCapture capture(boolean markers) throws IOException {
    return OutputCapture.start(
        new PipedInputStream(process, 1 << 16), markers, !markers, "test-output");
  }

  private void write(String text) throws IOException {
    process.write(text.getBytes(StandardCharsets.UTF_8));
    process.flush();
  }

  @Test
  void markersSplitInitLinesFromTheInvocationsOwn() throws Exception {
    // given
    OutputCapture output = capture(true);

    // when
    write("init line\n\0stepwell:next\nduring one\npartial");
    write(" line\n\0stepwell:end:r-1\n\0stepwell:next\nduring two\n\0stepwell:end:r-2\n");

    // then
    OutputCapture.Segment first = output.awaitEnd("r-1", SECOND);
    assertThat(first.before()).containsExactly("init line");
    assertThat(first.during()).containsExactly("during one", "partial line");
    OutputCapture.Segment second = output.awaitEnd("r-2", SECOND);
    assertThat(second.before()).isEmpty();
    assertThat(second.during()).containsExactly("during two");
  }

  @Test
  void aMarkerAfterTextWithoutANewlineStillEndsTheInvocation() throws Exception {
    // given
    OutputCapture output = capture(true);

    // when
    write("\0stepwell:next\nno newline\0stepwell:end:r-1\n");

    // then
    assertThat(output.awaitEnd("r-1", SECOND).during()).containsExactly("no newline");
  }

  @Test
  void carriageReturnsInsideALineAreLineBreaksOfOneEntry() throws Exception {
    // given
    OutputCapture output = capture(true);

    // when
    write("\0stepwell:next\nfirst\rsecond\r\nwindows line\r\n\0stepwell:end:r\n");

    // then
    assertThat(output.awaitEnd("r", SECOND).during())
        .containsExactly("first\nsecond", "windows line");
  }

  @Test
  void withoutMarkersTheHandOverSplitsAndQuietOutputEnds() throws Exception {
    // given
    OutputCapture output = capture(false);
    write("before\n");
    Thread.sleep(50);

    // when
    output.handedOver();
    write("after\n");
    OutputCapture.Segment segment = output.awaitEnd("r", SECOND);

    // then
    assertThat(segment.before()).containsExactly("before");
    assertThat(segment.during()).containsExactly("after");
  }

  @Test
  void theEndOfTheOutputHandsOverWhatIsLeft() throws Exception {
    // given
    OutputCapture output = capture(true);
    write("\0stepwell:next\nlast words\nno newline at the end");

    // when
    process.close();

    // then
    assertThat(output.awaitEof(SECOND).during())
        .containsExactly("last words", "no newline at the end");
  }

  @Test
  void telemetryFramesAreEntriesOfTheirOwnAmongTextLines() throws Exception {
    // given: frames as Lambda's runtime clients write them: type, length, timestamp, message
    OutputCapture output = capture(false);
    output.handedOver();

    // when
    write("text before ");
    process.write(frame("first: no line break"));
    process.write(frame("second\nspans lines\n"));
    write("a text line\n");
    process.flush();
    OutputCapture.Segment segment = output.awaitEnd("r", SECOND);

    // then
    assertThat(segment.during())
        .containsExactly(
            "text before ", "first: no line break", "second\nspans lines", "a text line");
  }

  private static byte[] frame(String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocate(16 + text.length);
    frame.putInt(0xa55a0003).putInt(text.length).putLong(1_700_000_000_000_000L).put(text);
    return frame.array();
  }
}
