package ai.segments.client.internal.resource;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.internal.ApiRequest;
import ai.segments.client.internal.SegmentsLibrary;
import ai.segments.client.model.User;

/** The API status and users: what the API key is and may do. */
public final class AccountResource {

  private final ApiCalls calls;

  /** Creates the resource on the client's shared calls. */
  public AccountResource(ApiCalls calls) {
    this.calls = calls;
  }

  /**
   * {@code GET /api_status/} with this library's version; a 426 answer recommends an upgrade
   * instead of failing.
   *
   * @return the status code: 200, or 426 when the API recommends an upgrade
   */
  public int checkApiStatus() {
    try {
      this.calls.send(
          ApiRequest.to(SegmentsOperation.API_STATUS)
              .query("lib_version", SegmentsLibrary.version()));
      return 200;
    } catch (NetworkException ex) {
      if (ex.statusCode().orElse(0) == 426) {
        return 426;
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
