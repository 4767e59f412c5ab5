package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.client.internal.ClientLifecycle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.ClientHttpRequestFactory;

/** {@link SegmentsClient#close()}: what it closes, what it leaves open, and failing fast after. */
class ClientLifecycleTest extends ContractTestSupport {

  @Test
  void aClosedClientFailsFastWithoutSendingAnything() {
    SegmentsClient client = client();
    client.close();

    assertThat(client.isClosed()).isTrue();
    assertThatIllegalStateException()
        .isThrownBy(() -> client.getDataset(DATASET))
        .withMessageContaining("SegmentsClient is closed");
    assertThatIllegalStateException().isThrownBy(() -> client.streamSamples(DATASET).count());
    assertNoRequests();
  }

  @Test
  void closingTwiceClosesThePoolOnce() {
    AtomicInteger closes = new AtomicInteger();
    ClientLifecycle lifecycle = ClientLifecycle.of(closes::incrementAndGet);

    lifecycle.close();
    lifecycle.close();

    assertThat(closes).hasValue(1);
    assertThat(lifecycle.isClosed()).isTrue();
  }

  @Test
  void aTransportGivenToTheClientStaysOpen() {
    CountingTransport transport = new CountingTransport();
    SegmentsClient client = client(builder -> builder.transport(transport));
    respondWith("user.json");
    client.getUser();

    client.close();

    assertThat(transport.closes).hasValue(0);
    assertThat(transport.factories).hasValue(1);
  }

  @Test
  void derivedClientsCloseWithTheirOriginButNotTheOtherWayRound() {
    respondWith("user.json");
    SegmentsClient origin = client();
    SegmentsClient tenant = origin.withApiKey("other-key");
    SegmentsClient slow = origin.withReadTimeout(Duration.ofMinutes(5));

    tenant.close();
    assertThat(origin.isClosed()).isFalse();
    assertThat(slow.isClosed()).isFalse();
    assertThat(origin.getUser()).isNotNull();

    origin.close();
    assertThat(slow.isClosed()).isTrue();
    assertThatIllegalStateException().isThrownBy(slow::getUser);
  }

  /** A JDK transport that counts how often it is asked for a factory and closed. */
  private static final class CountingTransport implements SegmentsHttpTransport {

    private final SegmentsHttpTransport delegate = JdkHttpTransport.create(Duration.ofSeconds(5));
    private final AtomicInteger factories = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();

    @Override
    public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
      this.factories.incrementAndGet();
      return this.delegate.requestFactory(readTimeout);
    }

    @Override
    public void close() {
      this.closes.incrementAndGet();
    }
  }
}
