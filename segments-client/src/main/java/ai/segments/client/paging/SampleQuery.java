package ai.segments.client.paging;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.SampleSortKey;
import ai.segments.client.model.SortDirection;
import java.util.List;
import java.util.Objects;

/**
 * The filters, sorting and page of {@link SegmentsClient#getSamples(String, SampleQuery)} and
 * {@link SegmentsClient#streamSamples(String, SampleQuery)}; the SDK's {@code get_samples}
 * arguments.
 *
 * <p>Sent as {@code ?per_page=&page=[&labelset=[&include_full_label=1]][&name__contains=]
 * [&filters=k:v,k:v][&label_status=A,B]&sort=[-]key}, every value percent-encoded. The list filters
 * are comma-joined on the wire, so their items cannot themselves contain commas.
 *
 * @param labelset include each sample's label of this labelset ({@code null}: no labels)
 * @param name only samples whose name contains this text ({@code null}: any)
 * @param metadata metadata filters, each {@code key:value} (empty: none)
 * @param labelStatus only samples whose label has one of these statuses (empty: any)
 * @param sort the sort key; {@link SampleSortKey#NAME} by default
 * @param direction the sort direction; {@link SortDirection#ASC} by default
 * @param perPage the page size; 1000 by default
 * @param page the page, starting at 1 (the default)
 * @param includeFullLabel return full labels instead of summaries; requires a {@code labelset}
 */
public record SampleQuery(
    String labelset,
    String name,
    List<String> metadata,
    List<LabelStatus> labelStatus,
    SampleSortKey sort,
    SortDirection direction,
    int perPage,
    int page,
    boolean includeFullLabel)
    implements PagedQuery<SampleQuery> {

  /** Copies the lists and applies the defaults for {@code null} sort and direction. */
  public SampleQuery {
    metadata = (metadata != null) ? List.copyOf(metadata) : List.of();
    labelStatus = (labelStatus != null) ? List.copyOf(labelStatus) : List.of();
    sort = Objects.requireNonNullElse(sort, SampleSortKey.NAME);
    direction = Objects.requireNonNullElse(direction, SortDirection.ASC);
  }

  /**
   * The SDK's defaults: first page of 1000 samples sorted by name, ascending, without labels.
   *
   * @return the default query
   */
  public static SampleQuery defaults() {
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
  public SampleQuery withPage(int otherPage) {
    return new Builder(this).page(otherPage).build();
  }

  /** Builds a {@link SampleQuery}; unset values keep the SDK's defaults. */
  public static final class Builder {

    private String labelset;
    private String name;
    private List<String> metadata = List.of();
    private List<LabelStatus> labelStatus = List.of();
    private SampleSortKey sort = SampleSortKey.NAME;
    private SortDirection direction = SortDirection.ASC;
    private int perPage = DEFAULT_PER_PAGE;
    private int page = 1;
    private boolean includeFullLabel;

    private Builder() {}

    /** Starts from the values of an existing query. */
    private Builder(SampleQuery query) {
      this.labelset = query.labelset;
      this.name = query.name;
      this.metadata = query.metadata;
      this.labelStatus = query.labelStatus;
      this.sort = query.sort;
      this.direction = query.direction;
      this.perPage = query.perPage;
      this.page = query.page;
      this.includeFullLabel = query.includeFullLabel;
    }

    /**
     * Includes each sample's label of this labelset (a summary, or the full label with {@link
     * #includeFullLabel(boolean)}).
     *
     * @param labelset the labelset name, e.g. {@code ground-truth}
     * @return this builder
     */
    public Builder labelset(String labelset) {
      this.labelset = labelset;
      return this;
    }

    /**
     * Only samples whose name contains this text ({@code name__contains}).
     *
     * @param name the text
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Metadata filters, each {@code key:value}; sent comma-joined as {@code filters}.
     *
     * @param metadata the filters
     * @return this builder
     */
    public Builder metadata(List<String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Metadata filters, each {@code key:value}.
     *
     * @param metadata the filters
     * @return this builder
     */
    public Builder metadata(String... metadata) {
      return metadata(List.of(metadata));
    }

    /**
     * Only samples whose label has one of these statuses; sent comma-joined as {@code
     * label_status}.
     *
     * @param labelStatus the statuses
     * @return this builder
     */
    public Builder labelStatus(List<LabelStatus> labelStatus) {
      this.labelStatus = labelStatus;
      return this;
    }

    /**
     * Only samples whose label has one of these statuses.
     *
     * @param labelStatus the statuses
     * @return this builder
     */
    public Builder labelStatus(LabelStatus... labelStatus) {
      return labelStatus(List.of(labelStatus));
    }

    /**
     * The sort key and direction.
     *
     * @param sort the key
     * @param direction the direction
     * @return this builder
     */
    public Builder sort(SampleSortKey sort, SortDirection direction) {
      this.sort = sort;
      this.direction = direction;
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
     * Whether to return full labels ({@code include_full_label=1}); requires a labelset.
     *
     * @param includeFullLabel {@code true} for full labels
     * @return this builder
     */
    public Builder includeFullLabel(boolean includeFullLabel) {
      this.includeFullLabel = includeFullLabel;
      return this;
    }

    /**
     * Builds the query; it is validated when used.
     *
     * @return the query
     */
    public SampleQuery build() {
      return new SampleQuery(
          this.labelset,
          this.name,
          this.metadata,
          this.labelStatus,
          this.sort,
          this.direction,
          this.perPage,
          this.page,
          this.includeFullLabel);
    }
  }
}
