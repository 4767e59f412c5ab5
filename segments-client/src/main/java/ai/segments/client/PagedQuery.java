package ai.segments.client;

/**
 * A query of a paged list ({@link SampleQuery}, {@link WorkunitQuery}): what {@link PagedList}
 * needs to walk the pages.
 *
 * @param <Q> the query type
 */
interface PagedQuery<Q extends PagedQuery<Q>> {

  int page();

  int perPage();

  Q withPage(int otherPage);
}
