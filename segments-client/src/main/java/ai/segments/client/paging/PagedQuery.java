package ai.segments.client.paging;

/**
 * A query of a paged list ({@link SampleQuery}, {@link WorkunitQuery}): its page and page size, and
 * the same query for another page, which is what the client needs to walk the pages.
 *
 * @param <Q> the query type
 */
public interface PagedQuery<Q extends PagedQuery<Q>> {

  /**
   * The default page size of every list operation (datasets, samples, work units); readable through
   * each query type too, e.g. {@code SampleQuery.DEFAULT_PER_PAGE}.
   */
  int DEFAULT_PER_PAGE = 1000;

  /**
   * The page.
   *
   * @return the page, starting at 1
   */
  int page();

  /**
   * The page size.
   *
   * @return the number of items per page
   */
  int perPage();

  /**
   * The same query for another page.
   *
   * @param otherPage the page, starting at 1
   * @return the query
   */
  Q withPage(int otherPage);
}
