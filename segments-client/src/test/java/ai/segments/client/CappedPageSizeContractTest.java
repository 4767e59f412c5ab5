package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Sample;
import ai.segments.client.paging.SampleQuery;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A server that applies a smaller page size than the one requested (as list APIs commonly do): the
 * streams still deliver every item, because a stream ends only when the API says so.
 */
class CappedPageSizeContractTest extends ContractTestSupport {

  private static final String SAMPLES = "/datasets/jane/flowers/samples/";

  @Test
  void everySampleArrivesWhenTheServerCapsThePageSize() {
    serveSamples(750, 300);

    List<String> names = client().streamSamples(DATASET).map(Sample::name).toList();

    assertThat(names).containsExactlyElementsOf(expectedNames(750));
    assertThat(requests())
        .extracting(LoggedRequest::getUrl)
        .containsExactly(
            SAMPLES + "?per_page=1000&page=1&sort=name",
            SAMPLES + "?per_page=1000&page=2&sort=name",
            SAMPLES + "?per_page=1000&page=3&sort=name");
  }

  @Test
  void aListThatFillsItsLastCappedPageEndsOnInvalidPage() {
    serveSamples(600, 300);

    assertThat(client().streamSamples(DATASET).map(Sample::name))
        .containsExactlyElementsOf(expectedNames(600));
    assertThat(requests()).hasSize(3);
  }

  @Test
  void aShortFirstPageIsFollowedByOneMoreRequest() {
    serveSamples(3, 300);

    assertThat(client().streamSamples(DATASET).map(Sample::name))
        .containsExactlyElementsOf(expectedNames(3));
    assertThat(requests()).hasSize(2);
  }

  @Test
  void aCapBelowASmallRequestedPageSizeLosesNothing() {
    serveSamples(5, 2);

    assertThat(
            client()
                .streamSamples(DATASET, SampleQuery.builder().perPage(3).build())
                .map(Sample::name))
        .containsExactlyElementsOf(expectedNames(5));
    assertThat(requests()).hasSize(3);
  }

  /**
   * Serves {@code total} samples named {@code s-0 … s-(total-1)} in pages of {@code cap}, whatever
   * {@code per_page} asks for; the page after the last one is the API's {@code Invalid page.}.
   */
  private static void serveSamples(int total, int cap) {
    int pages = (total + cap - 1) / cap;
    for (int page = 1; page <= pages; page++) {
      int from = (page - 1) * cap;
      String items =
          IntStream.range(from, Math.min(total, from + cap))
              .mapToObj(CappedPageSizeContractTest::sample)
              .collect(Collectors.joining(","));
      server.stubFor(
          get(urlPathEqualTo(SAMPLES))
              .withQueryParam("page", equalTo(Integer.toString(page)))
              .willReturn(json("[" + items + "]")));
    }
    server.stubFor(
        get(urlPathEqualTo(SAMPLES))
            .withQueryParam("page", equalTo(Integer.toString(pages + 1)))
            .willReturn(aResponse().withStatus(404).withBody(example("error-invalid-page.json"))));
  }

  private static String sample(int index) {
    return example("sample-image.json")
        .replace("\"name\": \"violet.jpg\"", "\"name\": \"s-" + index + "\"");
  }

  private static List<String> expectedNames(int total) {
    return IntStream.range(0, total).mapToObj(index -> "s-" + index).toList();
  }
}
