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
 * <p>The list endpoints have no total count, and a server may apply a smaller page size than the
 * one requested. So iteration stops only when the API says the list has ended: an empty page, the
 * API's {@code Invalid page.} error (404) after the first page (on the very first page fetched it
 * is rethrown), or a page shorter than the size the API applied. The applied size is known once a
 * page arrives with the requested size, or once a later page arrives as long as an earlier one;
 * until then, a short page is followed by one more request. Pages are fetched only when the stream
 * consumes past the previous one.
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
  private int appliedPageSize;
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
      this.lastPageSeen = endsTheList(page.size());
      return page;
    } catch (NotFoundException ex) {
      if (firstFetch || !isInvalidPage(ex)) {
        throw ex;
      }
      this.lastPageSeen = true;
      return List.of();
    }
  }

  /**
   * Whether a page of this size is the last one: it is empty, or shorter than the page size the API
   * has shown it applies (the requested size, or the longest earlier page). A short first page
   * proves nothing, because the server may cap page sizes below the requested one.
   */
  private boolean endsTheList(int size) {
    if (size == 0 || size < this.appliedPageSize) {
      return true;
    }
    this.appliedPageSize = (size >= this.perPage) ? this.perPage : size;
    return false;
  }

  private static boolean isInvalidPage(NotFoundException ex) {
    String text = ex.responseExcerpt().orElse("") + " " + ex.getMessage();
    return text.toLowerCase(Locale.ROOT).contains("invalid page");
  }
}
