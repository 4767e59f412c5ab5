package ai.segments.client.internal;

/** How numbers go out in request bodies. */
public final class JsonNumbers {

  /** The largest magnitude below which every integral double is an exact long. */
  private static final double EXACT_LONG_LIMIT = 0x1p53;

  private JsonNumbers() {}

  /**
   * A number as the SDK would send it: an integral value as an integer ({@code 0}, not {@code
   * 0.0}), any other value as it is.
   *
   * @param value the value
   * @return a {@link Long} for an integral value, else the {@link Double}
   */
  public static Number integralAsInteger(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
      return (long) value;
    }
    return value;
  }
}
