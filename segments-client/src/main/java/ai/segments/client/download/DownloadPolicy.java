package ai.segments.client.download;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs a {@code SegmentsClient} downloads from (release files, label bitmaps, images): the
 * guard against server-side request forgery through URLs found in API data.
 *
 * <ul>
 *   <li>only absolute {@code http} and {@code https} URLs with a host;
 *   <li>the API's own origin (scheme, host and port of the base URL) is always allowed, so are the
 *       hosts allowed explicitly ({@code host} for any port, or {@code host:port});
 *   <li>any other host is resolved and refused if <em>any</em> of its addresses is loopback ({@code
 *       127.0.0.0/8}, {@code ::1}), link-local ({@code 169.254.0.0/16}, {@code fe80::/10}: cloud
 *       metadata services), private ({@code 10.0.0.0/8}, {@code 172.16.0.0/12}, {@code
 *       192.168.0.0/16}, {@code fc00::/7}, {@code fec0::/10}), shared ({@code 100.64.0.0/10}),
 *       multicast, or a wildcard address ({@code 0.0.0.0/8}, {@code ::}).
 * </ul>
 *
 * <p>A host that does not resolve is left to the download, which then fails to connect. Refusals
 * are {@link ValidationException}s thrown before anything is sent; their message names the host,
 * never the URL's path or query (presigned URLs carry credentials there).
 */
public final class DownloadPolicy {

  private static final String OPERATION = SegmentsOperation.DOWNLOAD_FILE.operationName();

  private final UrlOrigin apiUrlOrigin;
  private final Set<String> allowedHosts;
  private final Resolver resolver;

  /** Resolves a host name to its addresses. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  DownloadPolicy(URI apiBaseUrl, Collection<String> allowedHosts, Resolver resolver) {
    this.apiUrlOrigin = UrlOrigin.of(apiBaseUrl);
    Set<String> hosts = new LinkedHashSet<>();
    allowedHosts.forEach(host -> hosts.add(normalizeAllowedHost(host)));
    this.allowedHosts = Set.copyOf(hosts);
    this.resolver = resolver;
  }

  /**
   * The policy of a client.
   *
   * @param apiBaseUrl the API base URL, whose origin is always allowed
   * @param allowedHosts hosts allowed although their addresses are internal: {@code host} (any
   *     port) or {@code host:port}, IPv6 literals in brackets
   * @return the policy
   * @throws IllegalArgumentException if an allowed host is malformed
   */
  public static DownloadPolicy of(URI apiBaseUrl, Collection<String> allowedHosts) {
    return new DownloadPolicy(apiBaseUrl, allowedHosts, InetAddress::getAllByName);
  }

  /**
   * Checks a URL, resolving its host; nothing is sent to it.
   *
   * @param url the URL to download from
   * @throws ValidationException if the policy refuses the URL
   */
  public void check(URI url) {
    refusal(url)
        .ifPresent(
            reason -> {
              throw new ValidationException(
                  OPERATION + ": " + reason, null, SegmentsErrorDetails.beforeRequest(OPERATION));
            });
  }

  /**
   * Whether the policy allows a URL, resolving its host; nothing is sent to it.
   *
   * @param url the URL
   * @return {@code true} if a download from it would be attempted
   */
  public boolean allows(URI url) {
    return refusal(url).isEmpty();
  }

  /**
   * The hosts allowed explicitly.
   *
   * @return the hosts, normalized to lower case
   */
  public Set<String> allowedHosts() {
    return this.allowedHosts;
  }

  /**
   * Whether an address is one the policy refuses by default: loopback, link-local, private, shared,
   * multicast or wildcard.
   *
   * @param address the address
   * @return {@code true} if downloads from it need the host to be allowed
   */
  public static boolean isInternalAddress(InetAddress address) {
    byte[] bytes = address.getAddress();
    InetAddress embedded = embeddedIpv4(bytes);
    if (embedded != null && isInternalAddress(embedded)) {
      return true;
    }
    int first = bytes[0] & 0xff;
    boolean ipv4 = address instanceof Inet4Address;
    return address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || address.isAnyLocalAddress()
        || (ipv4 && first == 0)
        || (ipv4 && first == 100 && (bytes[1] & 0xc0) == 64)
        || (!ipv4 && (first & 0xfe) == 0xfc);
  }

  /**
   * The IPv4 address inside an IPv4-compatible ({@code ::a.b.c.d}) or NAT64 ({@code
   * 64:ff9b::a.b.c.d}) IPv6 address, which reach that IPv4 address.
   */
  private static InetAddress embeddedIpv4(byte[] bytes) {
    if (bytes.length != 16) {
      return null;
    }
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= bytes[i] == 0;
    }
    boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64;
    nat64 &= (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b;
    for (int i = 4; i < 12; i++) {
      nat64 &= bytes[i] == 0;
    }
    boolean unspecifiedOrLoopback =
        compatible && bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0;
    if ((!compatible && !nat64) || unspecifiedOrLoopback) {
      return null;
    }
    try {
      return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
    } catch (UnknownHostException ex) {
      return null;
    }
  }

  private Optional<String> refusal(URI url) {
    if (url == null || !url.isAbsolute() || url.getHost() == null) {
      return Optional.of("url must be an absolute http(s) URL with a host");
    }
    UrlOrigin origin = UrlOrigin.of(url);
    if (!origin.scheme().equals("http") && !origin.scheme().equals("https")) {
      return Optional.of("url must be an absolute http(s) URL, got scheme " + origin.scheme());
    }
    if (origin.equals(this.apiUrlOrigin)
        || this.allowedHosts.contains(origin.hostAndPort())
        || this.allowedHosts.contains(bracketed(origin.host()))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = this.resolver.resolve(origin.host());
    } catch (UnknownHostException ex) {
      return Optional.empty();
    }
    for (InetAddress address : addresses) {
      if (isInternalAddress(address)) {
        return Optional.of(
            "refused to download from "
                + origin.scheme()
                + "://"
                + origin.hostAndPort()
                + ": it resolves to the internal address "
                + address.getHostAddress()
                + " (loopback, link-local, private, multicast or wildcard); allow the host with"
                + " segments.download.allowed-hosts (SegmentsClient.Builder.allowDownloadHost)"
                + " if it is trusted");
      }
    }
    return Optional.empty();
  }

  private static String normalizeAllowedHost(String entry) {
    if (entry == null || entry.isBlank()) {
      throw new IllegalArgumentException("An allowed download host must not be blank");
    }
    URI parsed;
    try {
      parsed = URI.create("http://" + entry.trim() + "/");
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("Malformed allowed download host: " + entry, ex);
    }
    String host = UrlOrigin.hostOf(parsed);
    if (host == null
        || parsed.getUserInfo() != null
        || !parsed.getRawPath().equals("/")
        || parsed.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "An allowed download host is host or host:port, got: " + entry);
    }
    String name = bracketed(host.toLowerCase(Locale.ROOT));
    return (parsed.getPort() == -1) ? name : name + ":" + parsed.getPort();
  }

  private static String bracketed(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  @Override
  public String toString() {
    return "DownloadPolicy[apiUrlOrigin="
        + this.apiUrlOrigin.hostAndPort()
        + ", allowedHosts="
        + this.allowedHosts
        + "]";
  }
}
