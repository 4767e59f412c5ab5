package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Lens distortion of a calibrated image.
 *
 * @param model the distortion model
 * @param coefficients the coefficients of that model
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Distortion(
    @Required DistortionModel model, @Required DistortionCoefficients coefficients) {}
