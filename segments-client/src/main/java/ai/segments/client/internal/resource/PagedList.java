package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.Paginator;
import ai.segments.client.model.Workunit;
import ai.segments.client.paging.PagedQuery;
import ai.segments.client.paging.WorkunitQuery;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A paged list of a dataset's children (samples, work units): one page as a query selects it, or
 * every page from the query's on, lazily.
 *
 * @param <T> the item type
 * @param <Q> the query type
 */
public final class PagedList<T, Q extends PagedQuery<Q>> {

  private final ApiCalls calls;
  private final SegmentsOperation operation;
  private final BiFunction<Q, ApiRequest, ApiRequest> filter;
  private final Class<T> type;

  /** The {@code filter} validates a query and adds it to a request. */
  PagedList(
      ApiCalls calls,
      SegmentsOperation operation,
      BiFunction<Q, ApiRequest, ApiRequest> filter,
      Class<T> type) {
    this.calls = calls;
    this.operation = operation;
    this.filter = filter;
    this.type = type;
  }

  /**
   * The work units of a dataset: {@code GET /datasets/{owner}/{name}/workunits/}.
   *
   * @param calls the client's calls
   * @return the paged list
   */
  public static PagedList<Workunit, WorkunitQuery> workunits(ApiCalls calls) {
    return new PagedList<>(
        calls, SegmentsOperation.GET_WORKUNITS, Paging::workunits, Workunit.class);
  }

  /**
   * One page, as the query selects it.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the query
   * @return the items of the page
   */
  public List<T> list(String datasetIdentifier, Q query) {
    return this.calls.fetchList(request(datasetIdentifier, query), this.type);
  }

  /**
   * Every page from the query's on, lazily. Checks the arguments at once; fetches a page only when
   * the stream consumes past the last.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param query the query
   * @return the items
   */
  public Stream<T> stream(String datasetIdentifier, Q query) {
    request(datasetIdentifier, query);
    return Paginator.stream(
        (page, perPage) -> list(datasetIdentifier, query.withPage(page)),
        query.page(),
        query.perPage());
  }

  private ApiRequest request(String datasetIdentifier, Q query) {
    ApiRequest request = ApiRequest.to(this.operation).dataset(datasetIdentifier);
    return this.filter.apply(
        Arguments.requireNonNull(query, "query", this.operation.operationName()), request);
  }
}
