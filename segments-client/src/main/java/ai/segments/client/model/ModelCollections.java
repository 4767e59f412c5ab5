package ai.segments.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive, order-preserving, null-tolerant copies for the components of model records. */
final class ModelCollections {

  private ModelCollections() {}

  /** Returns an unmodifiable copy of {@code list} ({@code null} stays {@code null}). */
  static <T> List<T> list(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Returns an unmodifiable, order-preserving copy of {@code map} ({@code null} stays null). */
  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
