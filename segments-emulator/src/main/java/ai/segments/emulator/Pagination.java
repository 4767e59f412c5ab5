package ai.segments.emulator;

import java.util.List;

/**
 * {@code per_page}/{@code page} pagination: per_page 1..1000 (default 1000), page from 1 (default
 * 1). Page 1 of an empty list is empty; any other page past the end is 404 {@code Invalid page.}
 */
final class Pagination {

  static final int MAX_PER_PAGE = 1000;

  private Pagination() {}

  static <T> List<T> page(List<T> items, RoutedRequest request) {
    int perPage = integer(request, "per_page", MAX_PER_PAGE);
    int page = integer(request, "page", 1);
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw ApiException.badRequest(
          "Invalid per_page " + perPage + ": it must be between 1 and " + MAX_PER_PAGE + ".");
    }
    if (page < 1) {
      throw ApiException.detail(404, "Invalid page.");
    }
    long from = (long) (page - 1) * perPage;
    if (page > 1 && from >= items.size()) {
      throw ApiException.detail(404, "Invalid page.");
    }
    int start = (int) Math.min(from, items.size());
    return items.subList(start, Math.min(items.size(), start + perPage));
  }

  private static int integer(RoutedRequest request, String name, int fallback) {
    String value = request.query(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      if ("page".equals(name)) {
        throw ApiException.detail(404, "Invalid page.");
      }
      throw ApiException.badRequest("Invalid " + name + " '" + value + "': not an integer.");
    }
  }
}
