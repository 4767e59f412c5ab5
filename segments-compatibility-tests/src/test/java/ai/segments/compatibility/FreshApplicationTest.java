package ai.segments.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.emulator.SegmentsEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * Starts {@link CompatibilityApplication} on this module's Spring Boot version with nothing but
 * {@code segments.api-key} and {@code segments.api-url} (pointing at the emulator) and checks, over
 * real HTTP, what a user checks first: the injected client calls the API, {@code /actuator/health}
 * shows {@code segments}, {@code /actuator/prometheus} shows the client's timer; and which HTTP
 * client the starter brings: Apache HttpClient 5, for the client and Boot's own builders, unless
 * Boot's factory property says {@code jdk}.
 */
class FreshApplicationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static SegmentsEmulator emulator;
  private static ConfigurableApplicationContext application;
  private static int port;

  @BeforeAll
  static void start() {
    emulator = SegmentsEmulator.builder().build().start();
    application =
        startApplication(
            "--management.endpoints.web.exposure.include=health,prometheus",
            "--management.endpoint.health.show-details=always");
    port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @AfterAll
  static void stop() {
    application.close();
    emulator.close();
  }

  @Test
  void runsOnTheBootVersionOfThisModule() {
    assertThat(SpringBootVersion.getVersion())
        .isEqualTo(System.getProperty("expected.boot.version"));
  }

  @Test
  void theInjectedClientCallsTheApi() throws Exception {
    HttpResponse<String> datasets = get("/datasets");

    assertThat(datasets.statusCode()).isEqualTo(200);
    assertThat(datasets.body()).contains("\"flowers\"");
    assertThat(emulator.requestLog().count("getDatasets")).isPositive();
  }

  @Test
  void healthShowsTheSegmentsComponent() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode components = new ObjectMapper().readTree(health.body()).get("components");
    assertThat(components.at("/segments/status").asText()).isEqualTo("UP");
    assertThat(components.at("/segments/details/apiUrl").asText()).isEqualTo(emulator.baseUrl());
  }

  @Test
  void prometheusShowsTheClientTimer() throws Exception {
    get("/datasets");

    assertThat(get("/actuator/prometheus").body())
        .containsPattern("segments_client_requests_seconds_count\\{[^}]*operation=\"getDatasets\"");
  }

  @Test
  void theClientIsBuiltOnTheApplicationsRestClientBuilder() throws Exception {
    get("/datasets");

    // Boot's RestClient.Builder carries its observation customizer: the client's exchanges show
    // up as http.client.requests, which a plain RestClient.builder() would not record.
    assertThat(get("/actuator/prometheus").body())
        .containsPattern("http_client_requests_seconds_count\\{[^}]*client_name=\"127.0.0.1\"");
  }

  @Test
  void leavesTheApplicationsJsonMappersAlone() {
    // Boot 3.5 configures one Jackson 2 ObjectMapper for the application; Boot 4 configures
    // Jackson 3 and no Jackson 2 mapper. The client's own mapper is never a bean.
    String[] jackson2Mappers = application.getBeanNamesForType(ObjectMapper.class);
    if (SpringBootVersion.getVersion().startsWith("3.")) {
      assertThat(jackson2Mappers).containsExactly("jacksonObjectMapper");
    } else {
      assertThat(jackson2Mappers).isEmpty();
    }
    assertThat(application.getBean(SegmentsClient.class)).isNotNull();
  }

  @Test
  void theClientRunsOnApacheHttpClient() {
    assertThat(application.getBean(SegmentsHttpTransport.class))
        .isInstanceOf(ApacheHttpTransport.class);
  }

  @Test
  void bootBuildsTheApplicationsRestClientsOnApacheHttpClient() {
    assertThat(userAgentOfBootsRestClient(application)).startsWith("Apache-HttpClient/");
  }

  @Test
  void bootsFactoryPropertySetToJdkPutsBothOnTheJdkClient() {
    try (ConfigurableApplicationContext jdk =
        startApplication("--" + httpClientFactoryProperty() + "=jdk")) {
      assertThat(jdk.getBean(SegmentsHttpTransport.class)).isInstanceOf(JdkHttpTransport.class);
      assertThat(userAgentOfBootsRestClient(jdk)).startsWith("Java-http-client/");
    }
  }

  /** Starts the application on a free port against the emulator, with further arguments. */
  private static ConfigurableApplicationContext startApplication(String... arguments) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--segments.api-key=" + emulator.apiKey(),
                "--segments.api-url=" + emulator.baseUrl()));
    all.addAll(List.of(arguments));
    SpringApplication application = new SpringApplication(CompatibilityApplication.class);
    // Named, not deduced from the stack (the test runner's main): with -Dspring.aot.enabled=true,
    // Boot looks up the AOT-generated initializer by this class.
    application.setMainApplicationClass(CompatibilityApplication.class);
    return application.run(all.toArray(String[]::new));
  }

  /** Boot's property that chooses the HTTP client of its builders; Boot 4 renamed it. */
  private static String httpClientFactoryProperty() {
    return SpringBootVersion.getVersion().startsWith("3.")
        ? "spring.http.client.factory"
        : "spring.http.clients.imperative.factory";
  }

  /**
   * The {@code User-Agent} that a {@link RestClient} built on the application's {@link
   * RestClient.Builder} sends, as the emulator received it: it names the HTTP client Boot chose.
   */
  private static String userAgentOfBootsRestClient(ApplicationContext context) {
    String name = "boot-rest-client-" + UUID.randomUUID();
    context
        .getBean(RestClient.Builder.class)
        .build()
        .get()
        .uri(emulator.baseUrl() + name)
        .retrieve()
        .onStatus(status -> true, (request, response) -> {})
        .toBodilessEntity();
    return emulator.requestLog().entries().stream()
        .filter(request -> request.path().equals("/" + name))
        .map(request -> request.header("User-Agent"))
        .findFirst()
        .orElseThrow();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
