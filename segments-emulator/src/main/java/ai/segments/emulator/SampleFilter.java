package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The filters and sort order of {@code GET /datasets/{id}/samples/} (§2.5): {@code name__contains}
 * (case-sensitive), {@code filters=key:value,...} (metadata equality, all must match), {@code
 * label_status=A,B} (of the requested labelset, else ground-truth; {@code UNLABELED} = no label),
 * and {@code sort} by name, created_at (alias created), priority or gt_label__updated_at, with a
 * {@code -} prefix for descending order. {@code updated_at}, which the server ignores, sorts by
 * name.
 */
final class SampleQuery {

  static final List<String> SORT_KEYS =
      List.of("name", "created_at", "created", "priority", "gt_label__updated_at", "updated_at");

  private SampleQuery() {}

  /** The samples of the dataset matching the request, sorted; call with the dataset lock held. */
  static List<Sample> select(Dataset dataset, ApiRequest request, String labelset) {
    Predicate<Sample> filter = nameFilter(request).and(metadataFilter(request));
    filter = filter.and(statusFilter(request, labelset));
    List<Sample> result = new ArrayList<>(dataset.samples.values());
    result.removeIf(filter.negate());
    result.sort(order(request.query("sort")));
    return result;
  }

  private static Predicate<Sample> nameFilter(ApiRequest request) {
    String name = request.query("name__contains");
    return name == null || name.isEmpty() ? s -> true : s -> s.name.contains(name);
  }

  private static Predicate<Sample> metadataFilter(ApiRequest request) {
    Predicate<Sample> filter = s -> true;
    for (String term : list(request.query("filters"))) {
      int colon = term.indexOf(':');
      if (colon <= 0) {
        throw ApiException.badRequest("Invalid filter '" + term + "': expected key:value.");
      }
      String key = term.substring(0, colon);
      String value = term.substring(colon + 1);
      filter =
          filter.and(
              s -> {
                JsonNode actual = s.metadata.get(key);
                return actual != null && !actual.isNull() && actual.asText().equals(value);
              });
    }
    return filter;
  }

  private static Predicate<Sample> statusFilter(ApiRequest request, String labelset) {
    List<String> statuses = list(request.query("label_status"));
    statuses.forEach(s -> Validation.choice("label_status", s, Views.LABEL_STATUSES));
    if (statuses.isEmpty()) {
      return s -> true;
    }
    String set = labelset == null ? Labelset.GROUND_TRUTH : labelset;
    return s -> {
      Label label = s.labels.get(set);
      return statuses.contains(label == null ? "UNLABELED" : label.status);
    };
  }

  private static List<String> list(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  static Comparator<Sample> order(String sort) {
    String value = sort == null || sort.isEmpty() ? "name" : sort;
    boolean descending = value.startsWith("-");
    String key = descending ? value.substring(1) : value;
    if (!SORT_KEYS.contains(key)) {
      throw ApiException.badRequest(
          "Invalid sort key '"
              + key
              + "'; use one of name, created_at, priority,"
              + " gt_label__updated_at, optionally prefixed with '-'.");
    }
    Comparator<Sample> primary =
        Map.of(
                "created_at", BY_CREATED,
                "created", BY_CREATED,
                "priority", Comparator.comparingDouble((Sample s) -> s.priority.asDouble()),
                "gt_label__updated_at", BY_GT_UPDATED)
            .getOrDefault(key, Comparator.comparing((Sample s) -> s.name));
    return (descending ? primary.reversed() : primary).thenComparingLong(s -> s.sequence);
  }

  private static final Comparator<Sample> BY_CREATED = Comparator.comparingLong(s -> s.sequence);

  /** Ground-truth label update time; unlabeled samples sort last ascending (nulls are largest). */
  private static final Comparator<Sample> BY_GT_UPDATED =
      Comparator.comparing(
          (Sample s) -> {
            Label label = s.labels.get(Labelset.GROUND_TRUTH);
            return label == null ? null : label.updatedAt;
          },
          Comparator.nullsLast(Comparator.naturalOrder()));
}
