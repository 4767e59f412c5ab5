package ai.segments.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strictly increasing ISO-8601 timestamps with microseconds, like {@code
 * 2024-03-18T10:21:07.123456Z}.
 */
final class Timestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final AtomicLong lastMicros = new AtomicLong();

  /** The next timestamp: now, or one microsecond after the previous one if that is later. */
  String next() {
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    long micros = lastMicros.updateAndGet(last -> Math.max(now, last + 1));
    return format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
  }

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
