package ai.segments.client;

import ai.segments.client.internal.Arguments;

/** Checks shared by the paginated queries. */
final class Paging {

  private Paging() {}

  /** Requires a page size of at least 1 and a page of at least 1. */
  static void check(int perPage, int page, String operation) {
    Arguments.requireRange(perPage, "perPage", 1, Integer.MAX_VALUE, operation);
    Arguments.requireRange(page, "page", 1, Integer.MAX_VALUE, operation);
  }
}
