package ai.segments.client.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a client is closed, and what closing it releases. A client that was built owns the
 * connection pool it created (if it created one); the clients derived from it share that pool and
 * stop working when it is closed, while closing a derived client closes only that client.
 */
public final class ClientLifecycle {

  private final ClientLifecycle parent;
  private final AutoCloseable ownedPool;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientLifecycle(ClientLifecycle parent, AutoCloseable ownedPool) {
    this.parent = parent;
    this.ownedPool = ownedPool;
  }

  /**
   * The lifecycle of a built client.
   *
   * @param ownedPool the connection pool the client created and closes, or {@code null} when it
   *     uses one it was given
   * @return the lifecycle
   */
  public static ClientLifecycle of(AutoCloseable ownedPool) {
    return new ClientLifecycle(null, ownedPool);
  }

  /**
   * The lifecycle of a client derived from this one: closed with it, or on its own.
   *
   * @return the derived lifecycle
   */
  public ClientLifecycle derive() {
    return new ClientLifecycle(this, null);
  }

  /**
   * Whether the client is closed, by itself or with the client it derives from.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    return this.closed.get() || (this.parent != null && this.parent.isClosed());
  }

  /**
   * Fails fast when the client is closed.
   *
   * @throws IllegalStateException when it is closed
   */
  public void checkOpen() {
    if (isClosed()) {
      throw new IllegalStateException(
          "This SegmentsClient is closed; build a new one (or use the application context's bean)");
    }
  }

  /** Closes the client, and the connection pool it owns, once; later calls do nothing. */
  public void close() {
    if (this.closed.compareAndSet(false, true) && this.ownedPool != null) {
      try {
        this.ownedPool.close();
      } catch (Exception ex) {
        throw new IllegalStateException("Closing the HTTP connection pool failed", ex);
      }
    }
  }
}
