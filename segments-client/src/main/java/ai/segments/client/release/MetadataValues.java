package ai.segments.client.release;

import java.math.BigDecimal;
import java.util.Objects;

/** Equality of metadata values as Python compares them: numbers by value ({@code 1 == 1.0}). */
final class MetadataValues {

  private MetadataValues() {}

  static boolean equal(Object wanted, Object actual) {
    if (wanted instanceof Number a
        && actual instanceof Number b
        && !(wanted instanceof Boolean)
        && !(actual instanceof Boolean)) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(wanted, actual);
  }
}
