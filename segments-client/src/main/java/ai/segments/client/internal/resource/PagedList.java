package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.Paginator;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.Workunit;
import ai.segments.client.paging.PagedQuery;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * A paged list endpoint (datasets, samples, work units), the one way the client pages: one page as
 * a query selects it, or every page from the query's on, lazily (through {@link Paginator}).
 *
 * @param <T> the item type
 * @param <Q> the query type
 */
public final class PagedList<T, Q extends PagedQuery<Q>> {

  private final ApiCalls calls;
  private final String operation;
  private final BiFunction<String, Q, ApiRequest> requests;
  private final Class<T> type;

  /**
   * The {@code requests} function validates a query and builds the request of its page under a
   * parent (a dataset or a user).
   */
  private PagedList(
      ApiCalls calls,
      SegmentsOperation operation,
      BiFunction<String, Q, ApiRequest> requests,
      Class<T> type) {
    this.calls = calls;
    this.operation = operation.operationName();
    this.requests = requests;
    this.type = type;
  }

  /**
   * The datasets of the authenticated user ({@code GET /user/datasets/}, parent {@code null}) or of
   * another user ({@code GET /users/{user}/datasets/}).
   *
   * @param calls the client's calls
   * @return the paged list
   */
  static PagedList<Dataset, Paging.Page> datasets(ApiCalls calls) {
    return new PagedList<>(
        calls,
        SegmentsOperation.GET_DATASETS,
        (user, page) ->
            Paging.page(
                page,
                (user == null)
                    ? ApiRequest.to(SegmentsOperation.GET_DATASETS)
                    : ApiRequest.to(SegmentsOperation.GET_USER_DATASETS).segment("user", user)),
        Dataset.class);
  }

  /**
   * The samples of a dataset: {@code GET /datasets/{owner}/{name}/samples/}.
   *
   * @param calls the client's calls
   * @return the paged list
   */
  static PagedList<Sample, SampleQuery> samples(ApiCalls calls) {
    return new PagedList<>(
        calls,
        SegmentsOperation.GET_SAMPLES,
        (dataset, query) ->
            Paging.samples(query, ApiRequest.to(SegmentsOperation.GET_SAMPLES).dataset(dataset)),
        Sample.class);
  }

  /**
   * The work units of a dataset: {@code GET /datasets/{owner}/{name}/workunits/}.
   *
   * @param calls the client's calls
   * @return the paged list
   */
  public static PagedList<Workunit, WorkunitQuery> workunits(ApiCalls calls) {
    return new PagedList<>(
        calls,
        SegmentsOperation.GET_WORKUNITS,
        (dataset, query) ->
            Paging.workunits(
                query, ApiRequest.to(SegmentsOperation.GET_WORKUNITS).dataset(dataset)),
        Workunit.class);
  }

  /**
   * One page, as the query selects it.
   *
   * @param parent the dataset ({@code owner/name}) or user the list belongs to
   * @param query the query
   * @return the items of the page
   */
  public List<T> list(String parent, Q query) {
    return this.calls.fetchList(request(parent, query), this.type);
  }

  /**
   * Every page from the query's on, lazily. Checks the arguments at once; fetches a page only when
   * the stream consumes past the last.
   *
   * @param parent the dataset ({@code owner/name}) or user the list belongs to
   * @param query the query
   * @return the items
   */
  public Stream<T> stream(String parent, Q query) {
    request(parent, query);
    return Paginator.stream(
        (page, perPage) -> list(parent, query.withPage(page)), query.page(), query.perPage());
  }

  private ApiRequest request(String parent, Q query) {
    return this.requests.apply(parent, Arguments.requireNonNull(query, "query", this.operation));
  }
}
