package ai.segments.emulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a method and decoded path segments to a {@link Route}. Templates are written with or without
 * a trailing slash; both forms match. A last placeholder written {@code {name*}} takes the rest of
 * the path.
 */
final class Router {

  /** Handles one routed request. */
  @FunctionalInterface
  interface Handler {
    ApiResponse handle(RoutedRequest request);
  }

  /** A route: method, template segments, operation name, handler and whether auth is needed. */
  record Route(
      String method, List<String> template, String operation, Handler handler, boolean auth) {}

  /** A successful match: the route and its decoded path parameters. */
  record Match(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  /** Adds an authenticated API route. */
  Router add(String method, String template, String operation, Handler handler) {
    return add(method, template, operation, handler, true);
  }

  Router add(String method, String template, String operation, Handler handler, boolean auth) {
    List<String> segments = Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toList();
    routes.add(new Route(method, segments, operation, handler, auth));
    return this;
  }

  /** Whether a route has this operation name. */
  boolean hasOperation(String operation) {
    return routes.stream().anyMatch(route -> route.operation().equals(operation));
  }

  /**
   * Finds the route for a request.
   *
   * @throws ApiException 404 for an unknown path, 405 for a known path with another method
   */
  Match match(String method, List<String> segments) {
    boolean pathKnown = false;
    for (Route route : routes) {
      Map<String, String> params = bind(route.template(), segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route, params);
      }
      pathKnown = true;
    }
    if (pathKnown) {
      throw ApiException.detail(405, "Method \"" + method + "\" not allowed.");
    }
    throw ApiException.notFound();
  }

  private static Map<String, String> bind(List<String> template, List<String> segments) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      if (part.endsWith("*}")) {
        if (i >= segments.size()) {
          return null;
        }
        params.put(
            part.substring(1, part.length() - 2),
            String.join("/", segments.subList(i, segments.size())));
        return params;
      }
      if (i >= segments.size()) {
        return null;
      }
      String segment = segments.get(i);
      if (part.startsWith("{")) {
        if (segment.isEmpty()) {
          return null;
        }
        params.put(part.substring(1, part.length() - 1), segment);
      } else if (!part.equals(segment)) {
        return null;
      }
    }
    return template.size() == segments.size() ? params : null;
  }
}
