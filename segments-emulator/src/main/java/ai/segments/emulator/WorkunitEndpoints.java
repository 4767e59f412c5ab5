package ai.segments.emulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /datasets/{id}/workunits/}: sort {@code created_at} or {@code -created_at} (default),
 * {@code start}/{@code end} bounds (ISO-8601, UTC when no offset is given), pagination and {@code
 * include_session_time_metrics=true}.
 */
final class WorkunitEndpoints extends Endpoints {

  WorkunitEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router.add("GET", "/datasets/{owner}/{dataset}/workunits/", "getWorkunits", this::list);
  }

  private ApiResponse list(RoutedRequest request) {
    StoredDataset dataset = ctx.dataset(request, Access.REVIEWER);
    String sort = request.query("sort") == null ? "-created_at" : request.query("sort");
    if (!sort.equals("created_at") && !sort.equals("-created_at")) {
      throw ApiException.badRequest(
          "Invalid sort key '" + sort + "'; use created_at or -created_at.");
    }
    Instant start = instant(request, "start");
    Instant end = instant(request, "end");
    boolean metrics = "true".equalsIgnoreCase(request.query("include_session_time_metrics"));
    List<StoredWorkunit> all =
        EmulatorContext.locked(dataset, () -> new ArrayList<>(dataset.workunits));
    all.removeIf(
        w -> {
          Instant created = Instant.parse(w.createdAt());
          return (start != null && created.isBefore(start))
              || (end != null && created.isAfter(end));
        });
    Comparator<StoredWorkunit> order = Comparator.comparing(StoredWorkunit::createdAt);
    all.sort(sort.startsWith("-") ? order.reversed() : order);
    return ApiResponse.ok(
        Json.array(Pagination.page(all, request), w -> ctx.views.workunit(w, metrics)));
  }

  private static Instant instant(RoutedRequest request, String name) {
    String value = request.query(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw ApiException.field(name, "Datetime has wrong format. Use YYYY-MM-DDTHH:MM:SS.");
      }
    }
  }
}
