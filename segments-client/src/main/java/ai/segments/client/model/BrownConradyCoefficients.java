package ai.segments.client.model;

/**
 * The coefficients of {@link BrownConradyDistortion}: {@code k1}, {@code k2}, {@code p1}, {@code
 * p2} and {@code k3} required, {@code k4}–{@code k6} optional.
 *
 * @param k1 radial coefficient 1
 * @param k2 radial coefficient 2
 * @param p1 tangential coefficient 1
 * @param p2 tangential coefficient 2
 * @param k3 radial coefficient 3
 * @param k4 radial coefficient 4, or {@code null}
 * @param k5 radial coefficient 5, or {@code null}
 * @param k6 radial coefficient 6, or {@code null}
 */
public record BrownConradyCoefficients(
    @Required Double k1,
    @Required Double k2,
    @Required Double p1,
    @Required Double p2,
    @Required Double k3,
    Double k4,
    Double k5,
    Double k6) {}
