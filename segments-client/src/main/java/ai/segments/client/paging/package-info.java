/**
 * The queries of the paged lists: {@link ai.segments.client.paging.SampleQuery} (filters, sorting,
 * page of {@code getSamples}/{@code streamSamples}) and {@link
 * ai.segments.client.paging.WorkunitQuery}, both {@link ai.segments.client.paging.PagedQuery}s.
 * Every list (datasets, samples, work units) pages the same way: {@code get...} returns one page,
 * {@code stream...} walks every page from the query's on, lazily, one page in memory at a time.
 */
package ai.segments.client.paging;
