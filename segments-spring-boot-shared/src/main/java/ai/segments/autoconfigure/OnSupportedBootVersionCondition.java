package ai.segments.autoconfigure;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Stops the application at once, with the artifact to use instead, when this starter runs on a
 * Spring Boot version of the other line: both lines have the same class names, so the wrong one
 * would otherwise fail later with a {@link ClassNotFoundException} deep inside Boot.
 */
class OnSupportedBootVersionCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    check(SpringBootVersion.getVersion());
    return true;
  }

  /**
   * Fails when the running Boot version is not this line's.
   *
   * @param running the application's Spring Boot version, or {@code null} if unknown
   * @throws SegmentsConfigurationException when it is the other line's
   */
  void check(String running) {
    if (running != null && !running.startsWith(BootLine.VERSIONS)) {
      throw SegmentsConfigurationException.unsupportedBootVersion(
          running, BootLine.VERSIONS_NAME, BootLine.STARTER, BootLine.OTHER_STARTER);
    }
  }
}
