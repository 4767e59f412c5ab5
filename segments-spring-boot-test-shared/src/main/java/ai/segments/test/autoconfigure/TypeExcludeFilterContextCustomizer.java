package ai.segments.test.autoconfigure;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Registers a {@link TypeExcludeFilter} as a bean of a test context, before its component scan; two
 * customizers with equal filters share a cached context.
 *
 * @param filter the filter
 */
record TypeExcludeFilterContextCustomizer(TypeExcludeFilter filter) implements ContextCustomizer {

  @Override
  public void customizeContext(
      ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    context.getBeanFactory().registerSingleton(this.filter.getClass().getName(), this.filter);
  }
}
