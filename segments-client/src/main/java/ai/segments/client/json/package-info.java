/**
 * JSON infrastructure of the client: the strict and lenient {@link
 * com.fasterxml.jackson.databind.ObjectMapper} ({@link ai.segments.client.json.SegmentsJson}) and
 * the pre-request checks of user-supplied attributes and anchors ({@link
 * ai.segments.client.json.AttributesValidator}).
 */
package ai.segments.client.json;
