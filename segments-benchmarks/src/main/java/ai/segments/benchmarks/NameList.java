package ai.segments.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A comma-separated list of names on the command line, e.g. {@code drf,fixed-window}. */
final class NameList {

  private NameList() {}

  /**
   * The values a list names.
   *
   * @param what what the names stand for, for the error
   * @param list the names, separated by commas; case and blanks around them do not matter
   * @param known the known values by name
   * @param <T> the values' type
   * @return the values, in the list's order
   * @throws IllegalArgumentException for an unknown name
   */
  static <T> List<T> parse(String what, String list, Map<String, T> known) {
    return Arrays.stream(list.split(",", -1))
        .map(name -> name.trim().toLowerCase(Locale.ROOT))
        .map(
            name ->
                Optional.ofNullable(known.get(name))
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "Unknown "
                                    + what
                                    + " '"
                                    + name
                                    + "'; known: "
                                    + String.join(", ", known.keySet()))))
        .toList();
  }
}
