package ai.segments.test.autoconfigure;

import ai.segments.autoconfigure.SegmentsClientCustomizer;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The component scan of a {@link SegmentsClientTest}: keeps the scanned classes that are of one of
 * its {@link SegmentsClientTest#components()} types or {@link SegmentsClientCustomizer}s and
 * excludes every other one.
 */
final class SegmentsClientTypeExcludeFilter extends TypeExcludeFilter {

  private final Set<Class<?>> included;

  SegmentsClientTypeExcludeFilter(SegmentsClientTest slice) {
    this.included =
        new LinkedHashSet<>(
            Stream.concat(
                    Arrays.stream(slice.components()), Stream.of(SegmentsClientCustomizer.class))
                .toList());
  }

  @Override
  public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
    for (Class<?> type : this.included) {
      if (new AssignableTypeFilter(type).match(reader, factory)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SegmentsClientTypeExcludeFilter filter
        && this.included.equals(filter.included);
  }

  @Override
  public int hashCode() {
    return this.included.hashCode();
  }
}
