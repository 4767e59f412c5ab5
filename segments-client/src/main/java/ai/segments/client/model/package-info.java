/**
 * Typed models of the Segments.ai REST API: immutable records and enums whose JSON names follow the
 * API exactly (snake_case, plus the camelCase keys {@code presignedPostFields}, {@code
 * trackNumber}, {@code trackAttribute} and {@code sceneAttribute}).
 *
 * <p>Components marked {@link ai.segments.client.model.Required} are required by the API; the
 * strict mapper of {@link ai.segments.client.json.SegmentsJson} enforces them, the lenient one does
 * not. Every enum implements {@link ai.segments.client.model.ApiEnum} and has an {@code UNKNOWN}
 * constant for values this client does not know (lenient mode only). Attribute unions without a
 * type tag ({@link ai.segments.client.model.SampleAttributes}, {@link
 * ai.segments.client.model.LabelAttributes}, {@link ai.segments.client.model.SampleLabel}) are
 * sealed interfaces whose variant is chosen by task type or by shape; tagged unions ({@link
 * ai.segments.client.model.IssueAnchor}, {@link ai.segments.client.model.IssueLocation}, {@link
 * ai.segments.client.model.PointcloudVectorAnnotation}) use the {@code type} key. Lists and maps
 * are unmodifiable, order-preserving copies; {@code null} means the key was absent or null.
 */
package ai.segments.client.model;
