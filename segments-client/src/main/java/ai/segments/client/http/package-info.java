/** The HTTP transports a {@code SegmentsClient} can run on: JDK {@code HttpClient} or Apache. */
package ai.segments.client.http;
