/**
 * Not API: the parts of {@link ai.segments.client.SegmentsClient}, one class per API resource
 * (account, datasets, samples, labels, labelsets and releases, issues, assets), the calls they
 * share, and the one paging path of every list. Public only because the facade lives in another
 * package; applications call {@code SegmentsClient} instead. Nothing outside {@code
 * segments-client} may use this package.
 */
package ai.segments.client.internal.resource;
