package ai.segments.client.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The download policy as pure decisions: every address is a literal (resolving one opens no
 * socket), and host names go through a fake resolver. Nothing here connects anywhere.
 */
class DownloadPolicyTest {

  private static final URI API = URI.create("https://api.segments.ai/");

  private static DownloadPolicy resolving(String host, String... addresses) {
    return new DownloadPolicy(
        API,
        List.of(),
        name -> {
          if (!name.equals(host)) {
            throw new UnknownHostException(name);
          }
          InetAddress[] resolved = new InetAddress[addresses.length];
          for (int i = 0; i < addresses.length; i++) {
            resolved[i] = literal(addresses[i]);
          }
          return resolved;
        });
  }

  private static InetAddress literal(String address) {
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException ex) {
      throw new IllegalArgumentException(ex);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "169.254.169.254",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "127.0.0.1",
        "127.8.9.10",
        "0.0.0.0",
        "0.1.2.3",
        "100.64.0.1",
        "100.100.100.200",
        "224.0.0.251",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "fec0::1",
        "ff02::1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::10.0.0.1",
        "64:ff9b::a9fe:a9fe"
      })
  void internalAddressesAreRefusedByDefault(String address) {
    assertThat(DownloadPolicy.isInternalAddress(literal(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "52.95.110.1",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700::1111",
        "64:ff9b::808:808"
      })
  void publicAddressesAreAllowed(String address) {
    assertThat(DownloadPolicy.isInternalAddress(literal(address))).isFalse();
  }

  @Test
  void theCloudMetadataServiceIsRefusedBeforeAnythingIsSent() {
    DownloadPolicy policy = DownloadPolicy.of(API, List.of());

    assertThatThrownBy(
            () -> policy.check(URI.create("http://169.254.169.254/latest/meta-data/?token=s3cr3t")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("http://169.254.169.254:80")
        .hasMessageContaining("169.254.169.254 (loopback, link-local")
        .hasMessageContaining("segments.download.allowed-hosts")
        .hasMessageNotContaining("meta-data")
        .hasMessageNotContaining("s3cr3t");
    assertThat(policy.allows(URI.create("http://[fd00:ec2::254]/latest/"))).isFalse();
  }

  @Test
  void aHostIsRefusedWhenAnyOfItsAddressesIsInternal() {
    DownloadPolicy policy = resolving("images.example.com", "93.184.216.34", "10.0.0.7");

    assertThat(policy.allows(URI.create("https://images.example.com/a.png"))).isFalse();
  }

  @Test
  void aHostWithOnlyPublicAddressesIsAllowed() {
    DownloadPolicy policy = resolving("images.example.com", "93.184.216.34", "2606:2800:220:1::1");

    assertThat(policy.allows(URI.create("https://images.example.com/a.png"))).isTrue();
  }

  @Test
  void aHostThatDoesNotResolveIsLeftToTheDownload() {
    DownloadPolicy policy = resolving("images.example.com", "93.184.216.34");

    assertThat(policy.allows(URI.create("https://nowhere.invalid/a.png"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/a.png", "file:///etc/passwd", "/relative/a.png"})
  void onlyAbsoluteHttpUrlsAreAllowed(String url) {
    DownloadPolicy policy = resolving("example.com", "93.184.216.34");

    assertThatThrownBy(() -> policy.check(URI.create(url)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("absolute http(s) URL");
  }

  @Test
  void theApiOriginIsAlwaysAllowedButOnlyOnItsOwnPort() {
    DownloadPolicy policy = DownloadPolicy.of(URI.create("http://127.0.0.1:8080/"), List.of());

    assertThat(policy.allows(URI.create("http://127.0.0.1:8080/assets/a.png"))).isTrue();
    assertThat(policy.allows(URI.create("HTTP://127.0.0.1:8080/assets/a.png"))).isTrue();
    assertThat(policy.allows(URI.create("http://127.0.0.1:8081/assets/a.png"))).isFalse();
    assertThat(policy.allows(URI.create("https://127.0.0.1:8080/assets/a.png"))).isFalse();
  }

  @Test
  void allowedHostsMatchAnyPortOrTheirOwn() {
    DownloadPolicy policy =
        DownloadPolicy.of(API, List.of("127.0.0.1", "[::1]:9000", "Minio.Internal:9000"));

    assertThat(policy.allowedHosts())
        .containsOnly("127.0.0.1", "[::1]:9000", "minio.internal:9000");
    assertThat(policy.allows(URI.create("http://127.0.0.1:1234/a"))).isTrue();
    assertThat(policy.allows(URI.create("http://[::1]:9000/a"))).isTrue();
    assertThat(policy.allows(URI.create("http://[::1]:9001/a"))).isFalse();
    assertThat(policy.allows(URI.create("http://169.254.169.254/"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "http://host/", "host/path", "user@host", "host?x=1"})
  void malformedAllowedHostsAreRejected(String entry) {
    assertThatIllegalArgumentException().isThrownBy(() -> DownloadPolicy.of(API, List.of(entry)));
  }
}
