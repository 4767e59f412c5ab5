/**
 * What the client's creates and updates send: one immutable record per operation ({@code
 * AddDatasetRequest}, {@code UpdateSampleRequest}, ...), each with a builder, and {@link
 * ai.segments.client.request.DatasetFlag}. An update record sends only the keys whose setters were
 * called; an explicit {@code null} clears a value where the API allows it. Each record validates
 * itself before anything is sent.
 */
package ai.segments.client.request;
