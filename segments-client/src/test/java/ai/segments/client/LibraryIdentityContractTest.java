package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.internal.SegmentsLibrary;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every request names the library and the version the build wrote; {@code api_status} gets that
 * version as {@code lib_version}; nothing pretends to be the Python SDK.
 */
class LibraryIdentityContractTest extends ContractTestSupport {

  @Test
  void theVersionIsTheOneTheBuildWrote() throws IOException {
    assertThat(SegmentsLibrary.version()).isEqualTo(projectVersion());
    assertThat(SegmentsClient.VERSION).isEqualTo(projectVersion());
  }

  @Test
  void everyRequestCarriesTheLibraryAndItsVersion() throws IOException {
    respondWithList("sample-image.json");
    stub(get(urlPathEqualTo("/user")), "user.json");
    stub(get(urlPathEqualTo("/datasets/jane/flowers/")), "dataset.json");

    client().getUser();
    client().getDataset(DATASET);
    client().getSamples(DATASET);

    String version = projectVersion();
    assertThat(requests())
        .hasSize(3)
        .allSatisfy(
            request -> {
              assertThat(request.getHeader("X-source"))
                  .isEqualTo("java-spring-boot-starter/" + version);
              assertThat(request.getHeader("User-Agent"))
                  .startsWith("java-spring-boot-starter/" + version + " (Java ");
            });
  }

  @Test
  void apiStatusSendsTheBuildVersionAndNoSdkVersionHeader() throws IOException {
    respondWith("user.json");

    client().checkApiStatus();

    LoggedRequest request = onlyRequest();
    assertThat(request.queryParameter("lib_version").firstValue()).isEqualTo(projectVersion());
    assertThat(request.containsHeader("Segments-SDK-Version")).isFalse();
    assertThat(request.getHeader("X-source")).doesNotContain("python");
  }

  /** The version in this module's {@code pom.xml} (its parent's, which it inherits). */
  private static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher parentVersion =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertThat(parentVersion.find()).as("parent version in pom.xml").isTrue();
    return parentVersion.group(1).trim();
  }
}
