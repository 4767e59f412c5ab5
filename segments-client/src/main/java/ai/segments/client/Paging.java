package ai.segments.client;

import ai.segments.client.internal.Arguments;

/** Checks shared by the paginated queries. */
final class Paging {

  private Paging() {}

  /** The largest page size the API accepts. */
  static final int MAX_PER_PAGE = 1000;

  /** Requires a page size between 1 and {@value #MAX_PER_PAGE} and a page of at least 1. */
  static void check(int perPage, int page, String operation) {
    Arguments.requireRange(perPage, "perPage", 1, MAX_PER_PAGE, operation);
    Arguments.requireRange(page, "page", 1, Integer.MAX_VALUE, operation);
  }
}
