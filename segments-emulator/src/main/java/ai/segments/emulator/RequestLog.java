package ai.segments.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The requests the emulator received, oldest first; thread-safe. Keeps the latest {@value
 * #CAPACITY} requests.
 */
public final class RequestLog {

  /** How many requests the log keeps. */
  public static final int CAPACITY = 100_000;

  private final Deque<RecordedRequest> entries = new ArrayDeque<>();

  RequestLog() {}

  synchronized void add(RecordedRequest request) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(request);
  }

  /**
   * A snapshot of all recorded requests.
   *
   * @return the requests, oldest first
   */
  public synchronized List<RecordedRequest> entries() {
    return List.copyOf(entries);
  }

  /**
   * A snapshot of the requests of one operation.
   *
   * @param operation e.g. {@code getSamples}
   * @return the requests, oldest first
   */
  public List<RecordedRequest> entries(String operation) {
    return entries().stream().filter(r -> operation.equals(r.operation())).toList();
  }

  /**
   * How many requests of an operation were received.
   *
   * @param operation e.g. {@code addSamples}
   * @return the count
   */
  public int count(String operation) {
    return entries(operation).size();
  }

  /**
   * The number of recorded requests.
   *
   * @return the size
   */
  public synchronized int size() {
    return entries.size();
  }

  /**
   * The most recent request.
   *
   * @return the request, or null when the log is empty
   */
  public synchronized RecordedRequest last() {
    return entries.peekLast();
  }

  /** Forgets all recorded requests. */
  public synchronized void clear() {
    entries.clear();
  }
}
