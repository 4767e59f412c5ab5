package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a browser that runs its scripts (HtmlUnit, inside the JVM), over real HTTP on
 * the embedded emulator: the demo releases are listed with their export links, and a link downloads
 * a zip.
 */
@DemoAppTest
class DashboardBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @LocalServerPort private int port;

  @Test
  void theDashboardListsTheDemoReleasesWithTheirExportLinksAndALinkDownloadsAZip()
      throws IOException {
    try (WebClient browser = new WebClient()) {
      browser.getOptions().setCssEnabled(false);
      browser.getOptions().setFetchPolyfillEnabled(true);
      HtmlPage page = browser.getPage("http://127.0.0.1:" + this.port + "/");

      List<String> flowers = formats(awaitLinks(browser, page, "demo/flowers v1.0"));
      List<String> street = formats(awaitLinks(browser, page, "demo/street-scenes v1.0"));
      List<HtmlAnchor> video = awaitLinks(browser, page, "demo/greenhouse-video v1.0");

      assertThat(flowers)
          .containsExactlyInAnyOrderElementsOf(
              DemoReleaseFormats.BY_RELEASE.get("demo/flowers v1.0"));
      assertThat(street)
          .containsExactlyInAnyOrderElementsOf(
              DemoReleaseFormats.BY_RELEASE.get("demo/street-scenes v1.0"));
      assertThat(formats(video))
          .containsExactlyElementsOf(
              DemoReleaseFormats.BY_RELEASE.get("demo/greenhouse-video v1.0"));

      Page download = video.get(0).click();

      assertThat(download.getWebResponse().getStatusCode()).isEqualTo(200);
      assertThat(download.getWebResponse().getContentType()).isEqualTo("application/zip");
      assertThat(entries(download)).isNotEmpty().allMatch(name -> name.endsWith(".txt"));
    }
  }

  private static List<HtmlAnchor> awaitLinks(WebClient browser, HtmlPage page, String release) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<HtmlAnchor> links = List.of();
    while (links.isEmpty() && System.nanoTime() < deadline) {
      browser.waitForBackgroundJavaScript(100);
      links =
          page.querySelectorAll("tr[data-release='" + release + "'] td.exports a").stream()
              .map(HtmlAnchor.class::cast)
              .toList();
    }
    assertThat(links).as("export links of %s", release).isNotEmpty();
    return links;
  }

  private static List<String> formats(List<HtmlAnchor> links) {
    return links.stream().map(DomNode::getTextContent).toList();
  }

  private static List<String> entries(Page download) throws IOException {
    return List.copyOf(ZipEntries.read(download.getWebResponse().getContentAsStream()).keySet());
  }
}
