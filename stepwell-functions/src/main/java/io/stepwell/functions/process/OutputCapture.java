package io.stepwell.functions.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a process's output (standard output and error, merged by the OS in the order they were
 * written) on a thread of its own and files each line under the invocation that wrote it.
 *
 * <p>Stepwell's bootstraps write two markers: {@code \0stepwell:next} before each {@code /next} and
 * {@code \0stepwell:end:<request id>} before they answer. Lines before the first marker belong
 * before the invocation's {@code START} (the init phase, or what ran while idle), lines after it to
 * the invocation, and the end marker closes it, so attribution is exact whatever the timing.
 * Processes without markers (custom runtimes) are split by time instead: at hand-over, and once the
 * output has been quiet after the answer.
 *
 * <p>A line is one log entry ({@link EntrySplitter}); {@code \r} inside a line stands for a line
 * break, as Lambda's runtimes write multi-line entries to standard output.
 */
final class OutputCapture {
  static final String MARKER = "\0stepwell:";
  private static final String NEXT = "next";
  private static final String END = "end:";
  private static final int MAX_KEPT_LINES = 10_000;
  private static final long QUIET_NANOS = 3_000_000;
  private static final long SETTLE_LIMIT_NANOS = 100_000_000;

  private final InputStream in;
  private final boolean markers;
  private final boolean frames;
  private final Map<String, Segment> ended = new HashMap<>();
  private List<String> before = new ArrayList<>();
  private List<String> during = new ArrayList<>();
  private boolean started;
  private boolean eof;
  private long lastReadNanos;
  private boolean waitingInRead;
  private boolean handedOverBefore;

  /** The lines of one invocation: those before its {@code START} and those after. */
  record Segment(List<String> before, List<String> during) {}

  private OutputCapture(InputStream in, boolean markers, boolean frames) {
    this.in = in;
    this.markers = markers;
    this.frames = frames;
  }

  /**
   * Starts reading {@code in} on a daemon thread named {@code threadName}.
   *
   * @param markers whether the process writes Stepwell's markers
   * @param frames whether it may write telemetry frames (see {@link EntrySplitter})
   */
  static OutputCapture start(InputStream in, boolean markers, boolean frames, String threadName) {
    OutputCapture capture = new OutputCapture(in, markers, frames);
    Thread.ofPlatform().daemon().name(threadName).start(capture::readAll);
    return capture;
  }

  /**
   * Without markers: the invocation was handed over, later lines are its own. At the first
   * hand-over the init phase's output (which a runtime often ends with a line of its own) is let
   * settle first, as the answer's is; later hand-overs come straight after an answer, whose output
   * was settled then.
   */
  synchronized void handedOver() throws InterruptedException {
    if (markers) {
      return;
    }
    if (!handedOverBefore) {
      handedOverBefore = true;
      long since = System.nanoTime();
      long until = since + SETTLE_LIMIT_NANOS;
      for (long now = since; !eof && now < until && !quiet(now, since); now = System.nanoTime()) {
        wait(1);
      }
    }
    started = true;
  }

  /**
   * The invocation {@code requestId} was answered: waits until its lines are all read (its end
   * marker, or quiet output without markers, or the end of the output) and takes them.
   */
  synchronized Segment awaitEnd(String requestId, long timeoutNanos) throws InterruptedException {
    long since = System.nanoTime();
    long until = since + timeoutNanos;
    while (true) {
      Segment segment = ended.remove(requestId);
      if (segment != null) {
        return segment;
      }
      long now = System.nanoTime();
      if (eof || now >= until || (!markers && quiet(now, since))) {
        return takeAll();
      }
      long waitNanos = markers ? until - now : Math.min(until - now, QUIET_NANOS);
      wait(Math.max(1, waitNanos / 1_000_000));
    }
  }

  /** Waits (at most {@code timeoutNanos}) for the end of the output, then takes all lines. */
  synchronized Segment awaitEof(long timeoutNanos) throws InterruptedException {
    long until = System.nanoTime() + timeoutNanos;
    while (!eof) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        break;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return takeAll();
  }

  /** Takes every line not yet taken, split at the hand-over if there was one. */
  synchronized Segment takeAll() {
    ended.clear();
    Segment segment = new Segment(before, during);
    before = new ArrayList<>();
    during = new ArrayList<>();
    started = false;
    return segment;
  }

  /**
   * Quiet output: since the answer ({@code since}) the reader has waited in {@code read} for a
   * while without getting anything. The process wrote its lines before it answered, so they are in
   * the pipe and a reader that keeps waiting has them all; the pipe stream is synchronised while it
   * reads, so it cannot simply be asked what is available. This is the one guess in the capture: a
   * reader thread kept off the CPU longer than the quiet period could leave a late line to the next
   * invocation.
   */
  private boolean quiet(long now, long since) {
    return waitingInRead && now - Math.max(lastReadNanos, since) >= QUIET_NANOS;
  }

  private void readAll() {
    byte[] buffer = new byte[8192];
    EntrySplitter splitter = new EntrySplitter(frames, this::accept);
    try {
      while (true) {
        synchronized (this) {
          waitingInRead = true;
        }
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        synchronized (this) {
          waitingInRead = false;
          lastReadNanos = System.nanoTime();
          splitter.feed(buffer, n);
          notifyAll();
        }
      }
    } catch (IOException e) {
      // The pipe closed under us: the process is gone, which the instance learns on its own.
    } finally {
      synchronized (this) {
        splitter.finish();
        eof = true;
        notifyAll();
      }
    }
  }

  private void accept(String text) {
    int marker = text.indexOf(MARKER);
    if (marker < 0) {
      keep(text);
      return;
    }
    if (marker > 0) {
      keep(text.substring(0, marker));
    }
    String what = text.substring(marker + MARKER.length());
    if (what.equals(NEXT)) {
      started = true;
    } else if (what.startsWith(END)) {
      ended.put(what.substring(END.length()), new Segment(before, during));
      before = new ArrayList<>();
      during = new ArrayList<>();
      started = false;
    }
  }

  private void keep(String text) {
    List<String> target = started ? during : before;
    if (before.size() + during.size() >= MAX_KEPT_LINES) {
      return;
    }
    String entry = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    target.add(entry.replace('\r', '\n'));
  }
}
