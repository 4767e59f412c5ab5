package ai.segments.emulator;

/** {@code /api_status/}, {@code /user} and {@code /users/{user}}. */
final class AccountEndpoints extends Endpoints {

  AccountEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  @Override
  void register(Router router) {
    router
        .add("GET", "/api_status/", "apiStatus", this::apiStatus)
        .add("GET", "/user", "getUser", r -> ApiResponse.ok(ctx.views.self(r.user())))
        .add("GET", "/users/{user}", "getUser", this::getUser);
  }

  private ApiResponse apiStatus(RoutedRequest request) {
    String version = request.query("lib_version");
    String minimum = ctx.minimumLibVersion;
    if (minimum != null && version != null && compareVersions(version, minimum) < 0) {
      return ApiResponse.json(
          426,
          Json.object()
              .put(
                  "detail",
                  "Library version "
                      + version
                      + " is no longer supported; upgrade to "
                      + minimum
                      + " or newer."));
    }
    return ApiResponse.ok(Json.object());
  }

  private ApiResponse getUser(RoutedRequest request) {
    StoredAccount user = ctx.store.user(request.path("user")).orElseThrow(ApiException::notFound);
    return ApiResponse.ok(ctx.views.other(user));
  }

  /** Compares dotted versions numerically ({@code 1.10.0 > 1.9.2}); non-digits separate parts. */
  static int compareVersions(String a, String b) {
    String[] left = a.split("\\D+");
    String[] right = b.split("\\D+");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      int cmp = Long.compare(part(left, i), part(right, i));
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  private static long part(String[] parts, int index) {
    if (index >= parts.length || parts[index].isEmpty()) {
      return 0;
    }
    String digits = parts[index].length() > 18 ? parts[index].substring(0, 18) : parts[index];
    return Long.parseLong(digits);
  }
}
