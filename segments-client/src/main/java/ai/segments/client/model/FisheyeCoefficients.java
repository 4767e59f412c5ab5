package ai.segments.client.model;

/**
 * The coefficients of {@link FisheyeDistortion}, all required.
 *
 * @param k1 radial coefficient 1
 * @param k2 radial coefficient 2
 * @param k3 radial coefficient 3
 * @param k4 radial coefficient 4
 */
public record FisheyeCoefficients(
    @Required Double k1, @Required Double k2, @Required Double k3, @Required Double k4) {}
