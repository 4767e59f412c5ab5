package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Distortion coefficients. The fisheye model uses {@code k1}–{@code k4}; Brown-Conrady uses {@code
 * k1}, {@code k2}, {@code p1}, {@code p2}, {@code k3} and optionally {@code k4}–{@code k6}.
 *
 * @param k1 radial coefficient 1
 * @param k2 radial coefficient 2
 * @param k3 radial coefficient 3
 * @param k4 radial coefficient 4
 * @param k5 radial coefficient 5
 * @param k6 radial coefficient 6
 * @param p1 tangential coefficient 1
 * @param p2 tangential coefficient 2
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DistortionCoefficients(
    Double k1, Double k2, Double k3, Double k4, Double k5, Double k6, Double p1, Double p2) {}
