package ai.segments.client.internal;

import ai.segments.client.exception.NotFoundException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated list endpoint lazily, one page at a time, holding one page in memory.
 *
 * <p>The list endpoints have no total count: iteration stops after a page with fewer than {@code
 * perPage} items, or when the page after a full page is answered with the API's {@code Invalid
 * page.} error (404); that error on the very first page fetched is rethrown. Pages are fetched only
 * when the stream consumes past the previous one.
 *
 * @param <T> the item type
 */
public final class Paginator<T> extends Spliterators.AbstractSpliterator<T> {

  /** Fetches one page of a list endpoint. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * Fetches a page.
     *
     * @param page the page number, starting at 1
     * @param perPage the page size
     * @return the items of that page
     */
    List<T> fetch(int page, int perPage);
  }

  private final PageFetcher<T> fetcher;
  private final int perPage;
  private int nextPage;
  private boolean lastPageSeen;
  private boolean fetchedAny;
  private Iterator<T> current = Collections.emptyIterator();

  private Paginator(PageFetcher<T> fetcher, int firstPage, int perPage) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.fetcher = fetcher;
    this.nextPage = firstPage;
    this.perPage = perPage;
  }

  /**
   * A lazy, sequential stream over every item from {@code firstPage} on.
   *
   * @param fetcher fetches one page
   * @param firstPage the first page to fetch, at least 1
   * @param perPage the page size, at least 1
   * @param <T> the item type
   * @return the stream; nothing is fetched until it is consumed
   */
  public static <T> Stream<T> stream(PageFetcher<T> fetcher, int firstPage, int perPage) {
    return StreamSupport.stream(new Paginator<>(fetcher, firstPage, perPage), false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    while (!this.current.hasNext()) {
      if (this.lastPageSeen) {
        return false;
      }
      // Let go of the finished page before fetching the next, so only one is ever reachable.
      this.current = Collections.emptyIterator();
      this.current = fetchNext().iterator();
    }
    action.accept(this.current.next());
    return true;
  }

  private List<T> fetchNext() {
    boolean firstFetch = !this.fetchedAny;
    this.fetchedAny = true;
    try {
      List<T> page = this.fetcher.fetch(this.nextPage, this.perPage);
      this.nextPage++;
      this.lastPageSeen = page.size() < this.perPage;
      return page;
    } catch (NotFoundException ex) {
      if (firstFetch || !isInvalidPage(ex)) {
        throw ex;
      }
      this.lastPageSeen = true;
      return List.of();
    }
  }

  private static boolean isInvalidPage(NotFoundException ex) {
    String text = ex.responseExcerpt().orElse("") + " " + ex.getMessage();
    return text.toLowerCase(Locale.ROOT).contains("invalid page");
  }
}
