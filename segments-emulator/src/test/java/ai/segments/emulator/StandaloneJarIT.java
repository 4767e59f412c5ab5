package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.testfixtures.TeamSeedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starts the shaded standalone jar as a separate process (runs after packaging, via failsafe). */
class StandaloneJarIT {

  private static final Pattern READY =
      Pattern.compile("Segments emulator listening on (http://127\\.0\\.0\\.1:\\d+/)");

  private static Path jar() {
    Path jar =
        Path.of(
            System.getProperty("segments.emulator.jar", "target/segments-emulator-standalone.jar"));
    assertThat(jar).exists();
    return jar;
  }

  private static Process start(String... options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(options));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void theJarStartsAnswersApiStatusAndStopsOnSigterm() throws Exception {
    Process process =
        start(
            "--port",
            "0",
            "--seed-file",
            TeamSeedFile.path().toString(),
            "--api-key",
            "ci-key",
            "--user",
            "ci");
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
      Matcher ready = READY.matcher(String.valueOf(line));
      assertThat(ready.matches()).as("first line: %s", line).isTrue();
      String baseUrl = ready.group(1);

      ApiClient demo = new ApiClient(baseUrl, SegmentsEmulator.DEMO_API_KEY);
      assertThat(demo.get("/api_status/?lib_version=1.30.0").expect(200).json().isObject())
          .isTrue();
      assertThat(demo.get("/user/datasets/").expect(200).json().size()).isEqualTo(7);
      String image =
          demo.get("/datasets/demo/flowers/samples/?per_page=1")
              .expect(200)
              .json()
              .get(0)
              .path("attributes")
              .path("image")
              .path("url")
              .asText();
      assertThat(image).startsWith(baseUrl + "demo-media/flowers/");
      HttpResponse<byte[]> png =
          demo.http()
              .send(
                  HttpRequest.newBuilder(URI.create(image)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(png.statusCode()).as("demo image served by the jar").isEqualTo(200);
      assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(demo.as("jane-key").get("/user").expect(200).json().path("username").asText())
          .isEqualTo("jane");
      assertThat(demo.as("ci-key").get("/user").expect(200).json().path("username").asText())
          .isEqualTo("ci");
      demo.as("wrong").get("/api_status/").expect(401);
    } finally {
      process.destroy();
    }
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
  }

  @Test
  void badArgumentsPrintUsageAndExitWith2() throws Exception {
    Process process = start("--seed", "everything");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).contains("--seed must be demo or none").contains("Usage:");
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      return "I/O error: " + e;
    }
  }
}
