package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import ai.segments.autoconfigure.support.BootLineNames;
import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.client.SegmentsClient;
import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.observation.SegmentsObservationInterceptor;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryOperations;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.ClientHttpRequestFactory;

/** Beans, conditions and user beans winning. */
class SegmentsAutoConfigurationTest {

  /** No handshake with the configured (here unreachable or real) API when the context starts. */
  private static final String NO_STARTUP_CHECK = "segments.verify-on-startup=false";

  /** Answers the startup handshake of a client built from other connection details. */
  @RegisterExtension
  static WireMockExtension emulator =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues("segments.api-key=test-key", NO_STARTUP_CHECK);

  @Test
  void registersTheClientAndItsParts() {
    this.runner.run(
        context -> {
          assertThat(context).hasSingleBean(SegmentsClient.class);
          assertThat(context.getBean(SegmentsClient.class).baseUrl())
              .isEqualTo(URI.create("https://api.segments.ai/"));
          assertThat(context)
              .hasSingleBean(PropertiesSegmentsConnectionDetails.class)
              .hasSingleBean(SegmentsObservationInterceptor.class)
              .hasSingleBean(SegmentsRetryInterceptor.class)
              .hasSingleBean(SegmentsRetryOperations.class)
              .hasBean("segmentsRetryTemplate")
              .hasSingleBean(SegmentsClientBuilderFactory.class);
          assertThat(context.getBean(SegmentsHttpTransport.class))
              .isInstanceOf(ApacheHttpTransport.class);
        });
  }

  @Test
  void theClientAndItsConnectionPoolCloseWithTheContext() {
    AtomicReference<SegmentsClient> client = new AtomicReference<>();
    AtomicBoolean transportClosed = new AtomicBoolean();
    this.runner
        .withBean(
            SegmentsHttpTransport.class,
            () ->
                new SegmentsHttpTransport() {
                  private final SegmentsHttpTransport jdk =
                      JdkHttpTransport.create(Duration.ofSeconds(1));

                  @Override
                  public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
                    return this.jdk.requestFactory(readTimeout);
                  }

                  @Override
                  public void close() {
                    transportClosed.set(true);
                  }
                })
        .run(context -> client.set(context.getBean(SegmentsClient.class)));

    assertThat(client.get().isClosed()).isTrue();
    assertThat(transportClosed).isTrue();
    assertThatIllegalStateException().isThrownBy(() -> client.get().getUser());
  }

  @Test
  void usesTheConfiguredUrl() {
    this.runner
        .withPropertyValues("segments.api-url=http://localhost:9999/prefix")
        .run(
            context ->
                assertThat(context.getBean(SegmentsClient.class).baseUrl())
                    .isEqualTo(URI.create("http://localhost:9999/prefix/")));
  }

  @Test
  void connectionDetailsOfAnotherBeanWinAndNeedNoKeyProperty() {
    emulator.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
        .withBean(SegmentsConnectionDetails.class, () -> new EmulatorDetails(emulator.baseUrl()))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(PropertiesSegmentsConnectionDetails.class);
              assertThat(context.getBean(SegmentsClient.class).baseUrl())
                  .isEqualTo(URI.create(emulator.baseUrl() + "/"));
              emulator.verify(
                  1,
                  getRequestedFor(urlPathEqualTo("/api_status/"))
                      .withHeader("Authorization", equalTo("APIKey emulator-key")));
            });
  }

  @Test
  void aUserClientWins() {
    SegmentsClient own = SegmentsClient.builder().apiKey("own").build();
    this.runner
        .withBean(SegmentsClient.class, () -> own)
        .run(context -> assertThat(context.getBean(SegmentsClient.class)).isSameAs(own));
  }

  @Test
  void aUserClientNeedsNoKeyProperty() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
        .withBean(SegmentsClient.class, () -> SegmentsClient.builder().apiKey("own").build())
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aUserTransportWins() {
    SegmentsHttpTransport own = JdkHttpTransport.create(Duration.ofSeconds(1));
    this.runner
        .withBean(SegmentsHttpTransport.class, () -> own)
        .run(context -> assertThat(context.getBean(SegmentsHttpTransport.class)).isSameAs(own));
  }

  @Test
  void customizersRunInOrder() {
    this.runner
        .withUserConfiguration(Customizers.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(SegmentsClient.class);
              assertThat(context.getBean(Customizers.class).calls)
                  .containsExactly("first", "second");
            });
  }

  @Test
  void retriesCanBeSwitchedOff() {
    this.runner
        .withPropertyValues("segments.retry.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(SegmentsClient.class);
              assertThat(context)
                  .doesNotHaveBean("segmentsRetryTemplate")
                  .doesNotHaveBean(SegmentsRetryOperations.class)
                  .doesNotHaveBean(SegmentsRetryInterceptor.class);
            });
  }

  @Test
  void theJdkClientIsUsedWhenBootIsToldToUseIt() {
    this.runner
        .withConfiguration(
            BootTypes.autoConfigurations(BootLineNames.HTTP_CLIENT_AUTO_CONFIGURATIONS))
        .withPropertyValues(BootLineNames.HTTP_CLIENT_FACTORY_PROPERTY + "=jdk")
        .run(
            context ->
                assertThat(context.getBean(SegmentsHttpTransport.class))
                    .isInstanceOf(JdkHttpTransport.class));
  }

  @Test
  void theJdkClientIsUsedWhenTheApplicationsOwnFactoryBuilderIsTheJdks() {
    this.runner
        .withConfiguration(
            BootTypes.autoConfigurations(BootLineNames.HTTP_CLIENT_AUTO_CONFIGURATIONS))
        .withBean(JdkClientHttpRequestFactoryBuilder.class, ClientHttpRequestFactoryBuilder::jdk)
        .run(
            context ->
                assertThat(context.getBean(SegmentsHttpTransport.class))
                    .isInstanceOf(JdkHttpTransport.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http-components", "simple"})
  void apacheIsUsedWhenBootIsToldToUseAnotherClientThanTheJdks(String factory) {
    this.runner
        .withConfiguration(
            BootTypes.autoConfigurations(BootLineNames.HTTP_CLIENT_AUTO_CONFIGURATIONS))
        .withPropertyValues(BootLineNames.HTTP_CLIENT_FACTORY_PROPERTY + "=" + factory)
        .run(
            context ->
                assertThat(context.getBean(SegmentsHttpTransport.class))
                    .isInstanceOf(ApacheHttpTransport.class));
  }

  @Test
  void theJdkClientIsUsedWithoutApacheHttpClient() {
    this.runner
        .withClassLoader(new FilteredClassLoader("org.apache.hc.client5"))
        .run(
            context ->
                assertThat(context.getBean(SegmentsHttpTransport.class))
                    .isInstanceOf(JdkHttpTransport.class));
  }

  @Test
  void apacheIsUsedWhenBootChoosesIt() {
    this.runner
        .withConfiguration(
            BootTypes.autoConfigurations(BootLineNames.HTTP_CLIENT_AUTO_CONFIGURATIONS))
        .run(
            context ->
                assertThat(context.getBean(SegmentsHttpTransport.class))
                    .isInstanceOf(ApacheHttpTransport.class));
  }

  /** Like the emulator module's connection details, for an API on a free port. */
  record EmulatorDetails(String apiUrl) implements SegmentsConnectionDetails {

    @Override
    public String apiKey() {
      return "emulator-key";
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    final List<String> calls = new ArrayList<>();

    @Bean
    @Order(2)
    SegmentsClientCustomizer second() {
      return builder -> this.calls.add("second");
    }

    @Bean
    @Order(1)
    SegmentsClientCustomizer first() {
      return builder -> this.calls.add("first");
    }
  }
}
