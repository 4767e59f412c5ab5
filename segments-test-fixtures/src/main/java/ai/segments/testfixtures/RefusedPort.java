package ai.segments.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where every connection is refused, whatever else runs on the machine: a socket
 * bound to a free port but never listening, held open until the JVM exits, so no other process can
 * listen on that port in the meantime. Unlike a port taken from a closed {@code ServerSocket(0)},
 * it cannot be handed to another listener between the test's choice and its connection attempt.
 */
public final class RefusedPort {

  private static Socket reserved;

  private RefusedPort() {}

  /**
   * The port, reserved on the first call.
   *
   * @return the port number on 127.0.0.1
   */
  public static synchronized int port() {
    if (reserved == null) {
      Socket socket = new Socket();
      try {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot reserve a loopback port", e);
      }
      reserved = socket;
    }
    return reserved.getLocalPort();
  }

  /**
   * An http URL on the refused port.
   *
   * @return {@code http://127.0.0.1:<port>/}
   */
  public static String url() {
    return "http://127.0.0.1:" + port() + "/";
  }
}
