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
final class SampleFilter {

  static final List<String> SORT_KEYS =
      List.of("name", "created_at", "created", "priority", "gt_label__updated_at", "updated_at");

  private SampleFilter() {}

  /** The samples of the dataset matching the request, sorted; call with the dataset lock held. */
  static List<StoredSample> select(StoredDataset dataset, RoutedRequest request, String labelset) {
    Predicate<StoredSample> filter = nameFilter(request).and(metadataFilter(request));
    filter = filter.and(statusFilter(request, labelset));
    List<StoredSample> result = new ArrayList<>(dataset.samples.values());
    result.removeIf(filter.negate());
    result.sort(order(request.query("sort")));
    return result;
  }

  private static Predicate<StoredSample> nameFilter(RoutedRequest request) {
    String name = request.query("name__contains");
    return name == null || name.isEmpty() ? s -> true : s -> s.name.contains(name);
  }

  private static Predicate<StoredSample> metadataFilter(RoutedRequest request) {
    Predicate<StoredSample> filter = s -> true;
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

  private static Predicate<StoredSample> statusFilter(RoutedRequest request, String labelset) {
    List<String> statuses = list(request.query("label_status"));
    statuses.forEach(s -> Validation.choice("label_status", s, Views.LABEL_STATUSES));
    if (statuses.isEmpty()) {
      return s -> true;
    }
    String set = labelset == null ? StoredLabelset.GROUND_TRUTH : labelset;
    return s -> {
      StoredLabel label = s.labels.get(set);
      return statuses.contains(label == null ? "UNLABELED" : label.status);
    };
  }

  private static List<String> list(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).filter(s -> !s.isEmpty()).toList();
  }

  static Comparator<StoredSample> order(String sort) {
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
    Comparator<StoredSample> primary =
        Map.of(
                "created_at", BY_CREATED,
                "created", BY_CREATED,
                "priority", Comparator.comparingDouble((StoredSample s) -> s.priority.asDouble()),
                "gt_label__updated_at", BY_GT_UPDATED)
            .getOrDefault(key, Comparator.comparing((StoredSample s) -> s.name));
    return (descending ? primary.reversed() : primary).thenComparingLong(s -> s.sequence);
  }

  private static final Comparator<StoredSample> BY_CREATED =
      Comparator.comparingLong(s -> s.sequence);

  /** Ground-truth label update time; unlabeled samples sort last ascending (nulls are largest). */
  private static final Comparator<StoredSample> BY_GT_UPDATED =
      Comparator.comparing(
          (StoredSample s) -> {
            StoredLabel label = s.labels.get(StoredLabelset.GROUND_TRUTH);
            return label == null ? null : label.updatedAt;
          },
          Comparator.nullsLast(Comparator.naturalOrder()));
}
