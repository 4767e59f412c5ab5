package ai.segments.autoconfigure.health;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code management.health.segments.enabled} is {@code false}, or it is unset and
 * {@code management.health.defaults.enabled} is {@code false}: the rule of Actuator's own health
 * indicators, on both Boot lines.
 */
class OnSegmentsHealthEnabledCondition extends SpringBootCondition {

  private static final String PROPERTY = "management.health.segments.enabled";

  private static final String DEFAULTS_PROPERTY = "management.health.defaults.enabled";

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    Boolean enabled = environment.getProperty(PROPERTY, Boolean.class);
    String decidedBy = PROPERTY;
    if (enabled == null) {
      enabled = environment.getProperty(DEFAULTS_PROPERTY, Boolean.class, true);
      decidedBy = DEFAULTS_PROPERTY;
    }
    String message = "Segments health indicator " + (enabled ? "enabled" : "disabled");
    return new ConditionOutcome(enabled, message + " by " + decidedBy);
  }
}
