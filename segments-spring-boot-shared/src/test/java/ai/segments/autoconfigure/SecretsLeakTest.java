package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.autoconfigure.support.HealthContextRunners;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.web.SegmentsProblemDetails;
import ai.segments.testfixtures.RefusedPort;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The API key never shows: failing calls of every kind, with every client logger at DEBUG and a
 * server that echoes the key back, leave it out of the log, of every exception's message, {@code
 * toString()} and stack trace, of the problem details and of Actuator's {@code env}, {@code
 * configprops} and {@code health}. The one exception, Apache HttpClient's own header log, is warned
 * about at startup.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsLeakTest {

  private static final String KEY = "sk-LEAKCHECK-7f3a9c2e51d84b6b";
  private static final List<String> DEBUG_LOGGERS =
      List.of(
          "ai.segments",
          "org.springframework.web",
          "org.springframework.http",
          "org.springframework.retry",
          "org.springframework.boot.actuate",
          "org.apache.hc.client5.http");
  private static final List<String> HEADER_LOGGERS =
      List.of("org.apache.hc.client5.http.headers", "org.apache.hc.client5.http.wire");
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      HealthContextRunners.withHealthEndpoint(KEY, api.baseUrl())
          .withConfiguration(
              AutoConfigurations.of(
                  EndpointAutoConfiguration.class,
                  EnvironmentEndpointAutoConfiguration.class,
                  ConfigurationPropertiesReportEndpointAutoConfiguration.class))
          .withPropertyValues(
              "segments.read-timeout=300ms",
              "segments.retry.initial-interval=1ms",
              "segments.retry.max-interval=5ms",
              "management.endpoints.web.exposure.include=env,configprops,health",
              "management.endpoint.health.show-details=always",
              "management.endpoint.env.show-values=ALWAYS",
              "management.endpoint.configprops.show-values=ALWAYS");

  private final List<String> leaks = new ArrayList<>();

  @AfterEach
  void restoreLevels() {
    setLevel(DEBUG_LOGGERS, null);
    setLevel(HEADER_LOGGERS, null);
  }

  @Test
  void failingCallsOfEveryKindNeverShowTheKeyWithTheApacheTransport(CapturedOutput output) {
    setLevel(DEBUG_LOGGERS, Level.DEBUG);
    setLevel(HEADER_LOGGERS, Level.INFO);
    this.runner.run(this::failEveryWay);
    assertThat(this.leaks).isEmpty();
    assertThat(output.getAll()).doesNotContain(KEY).contains("DEBUG");
  }

  @Test
  void failingCallsOfEveryKindNeverShowTheKeyWithTheJdkTransport(CapturedOutput output) {
    setLevel(DEBUG_LOGGERS, Level.DEBUG);
    setLevel(HEADER_LOGGERS, Level.INFO);
    this.runner
        .withBean(SegmentsHttpTransport.class, () -> JdkHttpTransport.create(Duration.ofSeconds(2)))
        .run(this::failEveryWay);
    assertThat(this.leaks).isEmpty();
    assertThat(output.getAll()).doesNotContain(KEY);
  }

  @Test
  void apacheHeaderLoggingIsWarnedAboutBecauseItWritesTheKey(CapturedOutput output) {
    setLevel(HEADER_LOGGERS, Level.DEBUG);
    api.stubFor(any(urlPathEqualTo("/user")).willReturn(aResponse().withStatus(401)));
    this.runner.run(
        context ->
            catchThrowableOfType(
                SegmentsException.class, () -> context.getBean(SegmentsClient.class).getUser()));
    assertThat(output.getAll())
        .contains("HTTP header logging is on")
        .contains("org.apache.hc.client5.http.headers");
    assertThat(output.getAll().indexOf("HTTP header logging is on"))
        .isLessThan(output.getAll().indexOf("Authorization: APIKey"));
  }

  private void failEveryWay(AssertableApplicationContext context) throws Exception {
    SegmentsClient client = context.getBean(SegmentsClient.class);
    String echo = "{\"detail\": \"Invalid token APIKey " + KEY + ".\"}";
    fail(client, status(401, echo), c -> c.getUser());
    fail(client, status(403, echo), c -> c.getUser());
    fail(client, status(404, echo), c -> c.getUser());
    fail(client, status(409, echo), c -> c.getUser());
    fail(client, status(429, echo).withHeader("Retry-After", "120"), c -> c.getUser());
    fail(client, status(500, "<html>Authorization: APIKey " + KEY + "</html>"), c -> c.getUser());
    fail(client, status(502, "<html>bad gateway " + KEY + "</html>"), c -> c.getUser());
    fail(client, status(504, echo), c -> c.getUser());
    fail(client, status(200, "{\"username\": \"" + KEY), c -> c.getUser());
    fail(client, status(201, echo), c -> c.addIssue("s-1", "leak"));
    fail(client, status(200, echo).withFixedDelay(1_000), c -> c.getUser());
    fail(client, status(200, echo), c -> c.getUser("bad\u0000name"));
    SegmentsClient unreachable =
        SegmentsClient.builder().apiKey(KEY).apiUrl(RefusedPort.url()).build();
    fail(client, status(200, echo), c -> unreachable.getUser());
    api.stubFor(any(urlPathEqualTo("/api_status/")).willReturn(status(401, echo)));

    check("health", JSON.writeValueAsString(BootTypes.segmentsHealth(context)));
    check(
        "env",
        JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null)));
    check(
        "configprops",
        JSON.writeValueAsString(
            context
                .getBean(ConfigurationPropertiesReportEndpoint.class)
                .configurationProperties()));
    check("client", client.toString());
  }

  private void fail(
      SegmentsClient client, ResponseDefinitionBuilder answer, Consumer<SegmentsClient> call)
      throws Exception {
    api.resetAll();
    api.stubFor(any(urlPathEqualTo("/user")).willReturn(answer));
    api.stubFor(any(urlPathEqualTo("/samples/s-1/issues/")).willReturn(answer));
    SegmentsException ex = catchThrowableOfType(SegmentsException.class, () -> call.accept(client));
    assertThat(ex).as("the call fails").isNotNull();
    LoggerFactory.getLogger(SecretsLeakTest.class).error("The call failed", ex);
    StringWriter trace = new StringWriter();
    ex.printStackTrace(new PrintWriter(trace));
    check("message", ex.getMessage());
    check("toString", ex.toString());
    check("stack trace", trace.toString());
    check("details", String.valueOf(ex.details()));
    check("problem detail", JSON.writeValueAsString(SegmentsProblemDetails.toResponse(ex)));
  }

  private void check(String where, String text) {
    if (text != null && text.contains(KEY)) {
      this.leaks.add(where + ": " + text);
    }
  }

  private static ResponseDefinitionBuilder status(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static void setLevel(List<String> loggers, Level level) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    loggers.forEach(name -> context.getLogger(name).setLevel(level));
  }
}
