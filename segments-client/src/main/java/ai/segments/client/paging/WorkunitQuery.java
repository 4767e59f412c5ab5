package ai.segments.client.paging;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.SortDirection;
import ai.segments.client.model.WorkunitSortKey;
import java.util.Objects;

/**
 * The sorting, time range and page of {@link SegmentsClient#getWorkunits(String, WorkunitQuery)}
 * and {@link SegmentsClient#streamWorkunits(String, WorkunitQuery)}; the SDK's {@code
 * get_workunits} arguments.
 *
 * <p>Sent as {@code ?per_page=&page=&sort=[-]created_at[&start=][&end=]
 * [&include_session_time_metrics=true]}, every value percent-encoded.
 *
 * @param sort the sort key; {@link WorkunitSortKey#CREATED_AT} by default
 * @param direction the sort direction; {@link SortDirection#DESC} by default (newest first)
 * @param start only work units from this time on, {@code YYYY-MM-DDTHH:MM:SS} ({@code null}: any)
 * @param end only work units up to this time, {@code YYYY-MM-DDTHH:MM:SS} ({@code null}: any)
 * @param perPage the page size; 1000 by default
 * @param page the page, starting at 1 (the default)
 * @param includeSessionTimeMetrics whether to include each work unit's session time metrics
 */
public record WorkunitQuery(
    WorkunitSortKey sort,
    SortDirection direction,
    String start,
    String end,
    int perPage,
    int page,
    boolean includeSessionTimeMetrics)
    implements PagedQuery<WorkunitQuery> {

  /** Applies the defaults for {@code null} sort and direction. */
  public WorkunitQuery {
    sort = Objects.requireNonNullElse(sort, WorkunitSortKey.CREATED_AT);
    direction = Objects.requireNonNullElse(direction, SortDirection.DESC);
  }

  /**
   * The SDK's defaults: first page of 1000 work units, newest first.
   *
   * @return the default query
   */
  public static WorkunitQuery defaults() {
    return builder().build();
  }

  /**
   * Starts a query with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same query for another page.
   *
   * @param otherPage the page, starting at 1
   * @return the query
   */
  public WorkunitQuery withPage(int otherPage) {
    return new Builder(this).page(otherPage).build();
  }

  /** Builds a {@link WorkunitQuery}; unset values keep the SDK's defaults. */
  public static final class Builder {

    private WorkunitSortKey sort = WorkunitSortKey.CREATED_AT;
    private SortDirection direction = SortDirection.DESC;
    private String start;
    private String end;
    private int perPage = DEFAULT_PER_PAGE;
    private int page = 1;
    private boolean includeSessionTimeMetrics;

    private Builder() {}

    /** Starts from the values of an existing query. */
    private Builder(WorkunitQuery query) {
      this.sort = query.sort;
      this.direction = query.direction;
      this.start = query.start;
      this.end = query.end;
      this.perPage = query.perPage;
      this.page = query.page;
      this.includeSessionTimeMetrics = query.includeSessionTimeMetrics;
    }

    /**
     * The sort key and direction.
     *
     * @param sort the key
     * @param direction the direction
     * @return this builder
     */
    public Builder sort(WorkunitSortKey sort, SortDirection direction) {
      this.sort = sort;
      this.direction = direction;
      return this;
    }

    /**
     * Only work units from this time on.
     *
     * @param start the time, {@code YYYY-MM-DDTHH:MM:SS}
     * @return this builder
     */
    public Builder start(String start) {
      this.start = start;
      return this;
    }

    /**
     * Only work units up to this time.
     *
     * @param end the time, {@code YYYY-MM-DDTHH:MM:SS}
     * @return this builder
     */
    public Builder end(String end) {
      this.end = end;
      return this;
    }

    /**
     * The page.
     *
     * @param page the page, starting at 1
     * @return this builder
     */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /**
     * The page size.
     *
     * @param perPage items per page, 1 to 1000 (what the API accepts)
     * @return this builder
     */
    public Builder perPage(int perPage) {
      this.perPage = perPage;
      return this;
    }

    /**
     * Whether to include session time metrics ({@code include_session_time_metrics=true}).
     *
     * @param includeSessionTimeMetrics {@code true} to include them
     * @return this builder
     */
    public Builder includeSessionTimeMetrics(boolean includeSessionTimeMetrics) {
      this.includeSessionTimeMetrics = includeSessionTimeMetrics;
      return this;
    }

    /**
     * Builds the query; it is validated when used.
     *
     * @return the query
     */
    public WorkunitQuery build() {
      return new WorkunitQuery(
          this.sort,
          this.direction,
          this.start,
          this.end,
          this.perPage,
          this.page,
          this.includeSessionTimeMetrics);
    }
  }
}
