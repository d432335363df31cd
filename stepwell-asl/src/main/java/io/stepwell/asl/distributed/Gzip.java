package io.stepwell.asl.distributed;

import io.stepwell.asl.error.StatesFailure;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses gzip data held in memory (S3 inventory data files are gzipped CSV), without streams
 * so that this package stays free of I/O types.
 */
public final class Gzip {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private Gzip() {}

  /**
   * The decompressed bytes of every gzip member in {@code data}.
   *
   * @throws StatesFailure {@code States.ItemReaderFailed} when the data is not gzip (cause not
   *     recorded on AWS)
   */
  public static byte[] decompress(byte[] data) {
    byte[] out = new byte[Math.max(64, data.length * 4)];
    int outLength = 0;
    int pos = 0;
    while (pos < data.length) {
      pos = skipHeader(data, pos);
      Inflater inflater = new Inflater(true);
      try {
        inflater.setInput(data, pos, data.length - pos);
        while (!inflater.finished()) {
          if (outLength == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          int n = inflater.inflate(out, outLength, out.length - outLength);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            throw notGzip();
          }
          outLength += n;
        }
        // The 8-byte trailer (CRC-32, size) follows the deflate data.
        pos = data.length - inflater.getRemaining() + 8;
      } catch (DataFormatException e) {
        throw notGzip();
      } finally {
        inflater.end();
      }
    }
    return Arrays.copyOf(out, outLength);
  }

  private static int skipHeader(byte[] data, int start) {
    if (data.length - start < 10
        || (data[start] & 0xff) != 0x1f
        || (data[start + 1] & 0xff) != 0x8b
        || data[start + 2] != 8) {
      throw notGzip();
    }
    int flags = data[start + 3] & 0xff;
    int pos = start + 10;
    if ((flags & FEXTRA) != 0) {
      if (pos + 1 >= data.length) {
        throw notGzip();
      }
      pos += 2 + ((data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8);
    }
    if ((flags & FNAME) != 0) {
      pos = afterZero(data, pos);
    }
    if ((flags & FCOMMENT) != 0) {
      pos = afterZero(data, pos);
    }
    if ((flags & FHCRC) != 0) {
      pos += 2;
    }
    if (pos > data.length) {
      throw notGzip();
    }
    return pos;
  }

  private static int afterZero(byte[] data, int pos) {
    int p = pos;
    while (p < data.length && data[p] != 0) {
      p++;
    }
    return p + 1;
  }

  private static StatesFailure notGzip() {
    return ItemParser.readerFailed("The inventory data file is not valid gzip data.");
  }
}
