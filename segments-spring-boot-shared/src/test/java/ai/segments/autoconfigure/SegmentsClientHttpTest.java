package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.autoconfigure.support.BootLineNames;
import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsTimeoutException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.client.RestClient;

/**
 * The client is built on the application's {@link RestClient.Builder}: customizers and the SSL
 * bundle apply, its timeouts are its own, and the application's builder is never changed.
 */
class SegmentsClientHttpTest {

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .dynamicHttpsPort()
                  .keystorePath(keystore())
                  .keystoreType("PKCS12")
                  .keystorePassword("changeit")
                  .keyManagerPassword("changeit"))
          .build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              BootTypes.autoConfigurations(BootLineNames.REST_CLIENT_AUTO_CONFIGURATIONS))
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues("segments.api-key=http-test-key", "segments.retry.enabled=false");

  private static String keystore() {
    try {
      return new ClassPathResource("ssl/server.p12").getFile().getAbsolutePath();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String httpUrl() {
    return "http://localhost:" + api.getPort();
  }

  private static String httpsUrl() {
    return "https://localhost:" + api.getHttpsPort() + "/";
  }

  @Test
  void restClientCustomizersApply() {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));
    BootTypes.withRestClientCustomizer(
            this.runner.withPropertyValues("segments.api-url=" + httpUrl()),
            builder -> builder.defaultHeader("X-App-Customized", "yes"))
        .run(
            context -> {
              context.getBean(SegmentsClient.class).checkApiStatus();
              api.verify(
                  getRequestedFor(urlPathEqualTo("/api_status/"))
                      .withHeader("X-App-Customized", equalTo("yes"))
                      .withHeader("Authorization", equalTo("APIKey http-test-key")));
            });
  }

  @Test
  void theReadTimeoutIsThisClientsOnlyAndTheApplicationsBuilderIsUnchanged() {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withBody("{}").withFixedDelay(400)));
    api.stubFor(
        get(urlPathEqualTo("/app/slow"))
            .willReturn(aResponse().withBody("ok").withFixedDelay(400)));
    this.runner
        .withPropertyValues("segments.api-url=" + httpUrl(), "segments.read-timeout=100ms")
        .run(
            context -> {
              assertThatThrownBy(() -> context.getBean(SegmentsClient.class).checkApiStatus())
                  .isInstanceOf(SegmentsTimeoutException.class);

              RestClient application = context.getBean(RestClient.Builder.class).build();
              String body =
                  application.get().uri(httpUrl() + "/app/slow").retrieve().body(String.class);

              assertThat(body).isEqualTo("ok");
              api.verify(
                  getRequestedFor(urlPathEqualTo("/app/slow"))
                      .withHeader("Authorization", absent()));
            });
  }

  @Test
  void bootsHttpClientSslBundleApplies() {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));
    this.runner
        .withPropertyValues(
            "segments.api-url=" + httpsUrl(),
            "spring.ssl.bundle.jks.segments-test.truststore.location=classpath:ssl/truststore.p12",
            "spring.ssl.bundle.jks.segments-test.truststore.password=changeit",
            "spring.ssl.bundle.jks.segments-test.truststore.type=PKCS12",
            BootLineNames.HTTP_CLIENT_SSL_BUNDLE_PROPERTY + "=segments-test")
        .run(
            context ->
                assertThat(context.getBean(SegmentsClient.class).checkApiStatus().statusCode())
                    .isEqualTo(200));
  }

  @Test
  void withoutTheBundleTheServerIsNotTrusted() {
    this.runner
        .withPropertyValues("segments.api-url=" + httpsUrl())
        .run(
            context ->
                assertThatThrownBy(() -> context.getBean(SegmentsClient.class).checkApiStatus())
                    .isInstanceOf(NetworkException.class)
                    .matches(ex -> ((NetworkException) ex).isTransportFailure()));
  }
}
