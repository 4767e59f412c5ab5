package ai.segments.client.internal.resource;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.model.ApiStatus;
import ai.segments.client.model.User;

/** The API status and users: what the API key is and may do. */
public final class AccountResource {

  private final ApiCalls calls;

  /** Creates the resource on the client's shared calls. */
  public AccountResource(ApiCalls calls) {
    this.calls = calls;
  }

  /** {@code GET /api_status/}; a 426 answer recommends an upgrade instead of failing. */
  public ApiStatus checkApiStatus() {
    try {
      this.calls.send(
          ApiRequest.to(SegmentsOperation.API_STATUS).query("lib_version", SegmentsClient.VERSION));
      return new ApiStatus(200, false);
    } catch (NetworkException ex) {
      if (ex.statusCode().orElse(0) == 426) {
        return new ApiStatus(426, true);
      }
      throw ex;
    }
  }

  /** The authenticated user. */
  public User getUser() {
    return this.calls.fetch(ApiRequest.to(SegmentsOperation.GET_USER), User.class);
  }

  /** A user by name; the authenticated user for {@code null}. */
  public User getUser(String user) {
    if (user == null) {
      return getUser();
    }
    return this.calls.fetch(
        ApiRequest.to(SegmentsOperation.GET_OTHER_USER).segment("user", user), User.class);
  }
}
