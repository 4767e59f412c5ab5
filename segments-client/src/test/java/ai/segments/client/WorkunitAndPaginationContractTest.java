package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.NotFoundException;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SortDirection;
import ai.segments.client.model.Workunit;
import ai.segments.client.model.WorkunitSortKey;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.paging.WorkunitQuery;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Work units, and the lazy page-by-page streams over datasets, samples and work units. */
class WorkunitAndPaginationContractTest extends ContractTestSupport {

  @Test
  void getWorkunitsSendsTheSdkDefaultsNewestFirst() {
    respondWithList("workunit.json");

    List<Workunit> workunits = client().getWorkunits(DATASET);

    assertOnlyRequest(
        "GET", "/datasets/jane/flowers/workunits/?per_page=1000&page=1&sort=-created_at");
    assertThat(workunits).extracting(Workunit::time).containsExactly(84213L);
  }

  @Test
  void getWorkunitsSendsEveryOption() {
    respondWithList("workunit.json");

    client()
        .getWorkunits(
            DATASET,
            WorkunitQuery.builder()
                .sort(WorkunitSortKey.CREATED_AT, SortDirection.ASC)
                .start("2024-03-01T00:00:00")
                .end("2024-03-31T23:59:59")
                .perPage(10)
                .page(2)
                .includeSessionTimeMetrics(true)
                .build());

    assertOnlyRequest(
        "GET",
        "/datasets/jane/flowers/workunits/?per_page=10&page=2&sort=created_at"
            + "&start=2024-03-01T00%3A00%3A00&end=2024-03-31T23%3A59%3A59"
            + "&include_session_time_metrics=true");
  }

  @Test
  void streamSamplesStopsAfterAShortPageAndKeepsTheFilters() {
    stubPage("/datasets/jane/flowers/samples/", 1, 2, "sample-image.json");
    stubPage("/datasets/jane/flowers/samples/", 2, 1, "sample-image.json");

    List<Sample> samples =
        client()
            .streamSamples(DATASET, SampleQuery.builder().perPage(2).name("violet").build())
            .collect(Collectors.toList());

    assertThat(samples).hasSize(3);
    assertThat(requests())
        .extracting(LoggedRequest::getUrl)
        .containsExactly(
            "/datasets/jane/flowers/samples/?per_page=2&page=1&name__contains=violet&sort=name",
            "/datasets/jane/flowers/samples/?per_page=2&page=2&name__contains=violet&sort=name");
  }

  @Test
  void streamDatasetsStopsOnInvalidPageAfterAFullLastPage() {
    stubPage("/user/datasets/", 1, 1000, "dataset.json");
    server.stubFor(
        get(urlPathEqualTo("/user/datasets/"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(aResponse().withStatus(404).withBody(example("error-invalid-page.json"))));

    assertThat(client().streamDatasets().count()).isEqualTo(1000);
    assertThat(requests()).hasSize(2);
  }

  @Test
  void streamsAreLazyAndFetchOnlyTheConsumedPages() {
    stubPage("/users/acme/datasets/", 1, 1000, "dataset.json");
    stubPage("/users/acme/datasets/", 2, 1000, "dataset.json");

    List<Dataset> first = client().streamDatasets("acme").limit(1000).toList();
    assertThat(first).hasSize(1000);
    assertThat(requests()).hasSize(1);

    client().streamDatasets("acme").limit(1001).forEach(dataset -> {});
    assertThat(requests()).hasSize(3);
  }

  @Test
  void streamWorkunitsStopsOnAnEmptyPage() {
    stubPage("/datasets/jane/flowers/workunits/", 1, 0, "workunit.json");

    assertThat(client().streamWorkunits(DATASET)).isEmpty();
    assertThat(onlyRequest().getUrl())
        .isEqualTo("/datasets/jane/flowers/workunits/?per_page=1000&page=1&sort=-created_at");
  }

  @Test
  void streamWorkunitsFollowsTheQuery() {
    stubPage("/datasets/jane/flowers/workunits/", 3, 5, "workunit.json");
    stubPage("/datasets/jane/flowers/workunits/", 4, 4, "workunit.json");

    assertThat(
            client().streamWorkunits(DATASET, WorkunitQuery.builder().perPage(5).page(3).build()))
        .hasSize(9);
  }

  @Test
  void invalidPageOnTheFirstPageIsAnError() {
    server.stubFor(
        get(urlPathEqualTo("/user/datasets/"))
            .willReturn(aResponse().withStatus(404).withBody(example("error-invalid-page.json"))));

    assertThatThrownBy(() -> client().streamDatasets().findFirst())
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nothingIsFetchedUntilTheStreamIsConsumed() {
    client().streamSamples(DATASET);
    client().streamWorkunits(DATASET);
    client().streamDatasets();

    assertNoRequests();
  }
}
