package ai.segments.client.internal.resource;

import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.Arguments;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.paging.PagedQuery;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rules of the paged list requests: the page checks and each query's parameters. */
final class Paging {

  private Paging() {}

  /** The largest page size the API accepts. */
  static final int MAX_PER_PAGE = 1000;

  /** Requires a page size between 1 and {@value #MAX_PER_PAGE} and a page of at least 1. */
  static void check(int perPage, int page, String operation) {
    Arguments.requireRange(perPage, "perPage", 1, MAX_PER_PAGE, operation);
    Arguments.requireRange(page, "page", 1, Integer.MAX_VALUE, operation);
  }

  /**
   * A page and its size, the only query of the dataset list.
   *
   * @param perPage the page size
   * @param page the page, starting at 1
   */
  record Page(int perPage, int page) implements PagedQuery<Page> {

    /** The first page of the default size. */
    static Page first() {
      return new Page(PagedQuery.DEFAULT_PER_PAGE, 1);
    }

    @Override
    public Page withPage(int otherPage) {
      return new Page(this.perPage, otherPage);
    }
  }

  /** Validates a page and adds it to a request. */
  static ApiRequest page(Page page, ApiRequest request) {
    check(page.perPage(), page.page(), request.operation().operationName());
    return request.query("per_page", page.perPage()).query("page", page.page());
  }

  /** Validates a sample query and adds it to a request, in the SDK's parameter order. */
  static ApiRequest samples(SampleQuery query, ApiRequest request) {
    String operation = request.operation().operationName();
    check(query.perPage(), query.page(), operation);
    if (query.includeFullLabel() && query.labelset() == null) {
      throw Arguments.invalid("includeFullLabel requires a labelset", operation);
    }
    return request
        .query("per_page", query.perPage())
        .query("page", query.page())
        .query("labelset", Arguments.optionalText(query.labelset(), "labelset", operation))
        .query("include_full_label", query.includeFullLabel() ? "1" : null)
        .query("name__contains", Arguments.optionalText(query.name(), "name", operation))
        .query("filters", joined(query.metadata().stream(), operation))
        .query(
            "label_status", joined(query.labelStatus().stream().map(LabelStatus::value), operation))
        .query("sort", query.direction().prefix() + query.sort().value());
  }

  /** Validates a work unit query and adds it to a request, in the SDK's parameter order. */
  static ApiRequest workunits(WorkunitQuery query, ApiRequest request) {
    String operation = request.operation().operationName();
    check(query.perPage(), query.page(), operation);
    return request
        .query("per_page", query.perPage())
        .query("page", query.page())
        .query("sort", query.direction().prefix() + query.sort().value())
        .query("start", Arguments.optionalText(query.start(), "start", operation))
        .query("end", Arguments.optionalText(query.end(), "end", operation))
        .query("include_session_time_metrics", query.includeSessionTimeMetrics() ? "true" : null);
  }

  private static String joined(Stream<String> values, String operation) {
    String joined =
        values
            .map(value -> Arguments.requireText(value, "filter value", operation))
            .collect(Collectors.joining(","));
    return joined.isEmpty() ? null : joined;
  }
}
