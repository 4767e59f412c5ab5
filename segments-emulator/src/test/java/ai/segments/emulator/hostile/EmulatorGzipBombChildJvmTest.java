package ai.segments.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.emulator.Main;
import ai.segments.emulator.SegmentsEmulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #22 item 12 in a child JVM with a 256 MB heap: the standalone emulator ({@link Main} on
 * port 0) answers an unauthenticated gzip bomb (about 1 MB inflating to 1 GiB) with 401 and an
 * authenticated one with 413, keeps serving, and is still alive. The child exits on an {@code
 * OutOfMemoryError}, so running out of memory cannot go unnoticed.
 */
class EmulatorGzipBombChildJvmTest {

  private static final Pattern READY =
      Pattern.compile("Segments emulator listening on (http://127\\.0\\.0\\.1:\\d+/)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static Process startEmulator() throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--port",
            "0",
            "--seed",
            "none");
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String baseUrl(Process emulator) throws Exception {
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return out.readLine();
                  } catch (IOException e) {
                    return "I/O error: " + e;
                  }
                })
            .get(60, TimeUnit.SECONDS);
    Matcher ready = READY.matcher(String.valueOf(line));
    assertThat(ready.matches()).as("first line: %s", line).isTrue();
    return ready.group(1);
  }

  private HttpResponse<String> send(String baseUrl, String path, String apiKey, byte[] gzipBody)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "APIKey " + apiKey);
    if (gzipBody != null) {
      request
          .header("Content-Type", "application/json")
          .header("Content-Encoding", "gzip")
          .POST(HttpRequest.BodyPublishers.ofByteArray(gzipBody));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void survivesUnauthenticatedAndAuthenticatedGzipBombsWithin256Mb() throws Exception {
    byte[] bomb = GzipBomb.bytes();
    assertThat(bomb.length).isBetween(500_000, 1_500_000);
    Process emulator = startEmulator();
    try {
      String baseUrl = baseUrl(emulator);

      HttpResponse<String> unauthenticated = send(baseUrl, "user/datasets/", "wrong-key", bomb);
      assertThat(unauthenticated.statusCode()).isEqualTo(401);

      HttpResponse<String> authenticated =
          send(baseUrl, "user/datasets/", SegmentsEmulator.DEMO_API_KEY, bomb);
      assertThat(authenticated.statusCode()).isEqualTo(413);
      assertThat(authenticated.body()).contains("\"detail\"");

      HttpResponse<String> user = send(baseUrl, "user", SegmentsEmulator.DEMO_API_KEY, null);
      assertThat(user.statusCode()).isEqualTo(200);
      assertThat(user.body()).contains("\"username\":\"demo\"");
      assertThat(emulator.isAlive()).isTrue();
    } finally {
      emulator.destroy();
    }
    assertThat(emulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }
}
