package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.DeleteSamplesResponse;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.LabelSummary;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SampleSortKey;
import ai.segments.client.model.SortDirection;
import ai.segments.client.model.Url;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.client.request.UpdateSampleRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Samples: queries, bodies (gzip on and off), tri-state updates and parsed results. */
class SampleOperationsContractTest extends ContractTestSupport {

  private static final String UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606";

  private static final Map<String, Object> ATTRIBUTES =
      Map.of("image", Map.of("url", "https://example.com/violet.jpg"));

  private static final String MINIMAL_BODY =
      """
      {"name": "violet.jpg", "attributes": {"image": {"url": "https://example.com/violet.jpg"}},
       "priority": 0, "readme": ""}
      """;

  @Test
  void getSamplesSendsTheSdkDefaults() {
    respondWithList("sample-image.json");

    List<Sample> samples = client().getSamples(DATASET);

    assertOnlyRequest("GET", "/datasets/jane/flowers/samples/?per_page=1000&page=1&sort=name");
    assertThat(samples).extracting(Sample::name).containsExactly("violet.jpg");
  }

  @Test
  void getSamplesSendsEveryFilterInTheSdkOrderAndFormat() {
    respondWithList("sample-with-full-label.json");

    List<Sample> samples =
        client()
            .getSamples(
                DATASET,
                SampleQuery.builder()
                    .perPage(50)
                    .page(3)
                    .labelset("ground-truth")
                    .includeFullLabel(true)
                    .name("rose")
                    .metadata("city:london", "robot_id:3")
                    .labelStatus(LabelStatus.LABELED, LabelStatus.REVIEWED)
                    .sort(SampleSortKey.CREATED_AT, SortDirection.DESC)
                    .build());

    assertOnlyRequest(
        "GET",
        "/datasets/jane/flowers/samples/?per_page=50&page=3&labelset=ground-truth"
            + "&include_full_label=1&name__contains=rose&filters=city%3Alondon%2Crobot_id%3A3"
            + "&label_status=LABELED%2CREVIEWED&sort=-created_at");
    assertThat(samples.get(0).label()).isInstanceOf(Label.class);
  }

  @Test
  void getSamplesWithALabelsetReadsLabelSummaries() {
    respondWithList("sample-with-label-summary.json");

    List<Sample> samples =
        client().getSamples(DATASET, SampleQuery.builder().labelset("ground-truth").build());

    assertOnlyRequest(
        "GET",
        "/datasets/jane/flowers/samples/?per_page=1000&page=1&labelset=ground-truth&sort=name");
    assertThat(samples.get(0).label()).isInstanceOf(LabelSummary.class);
    assertThat(samples.get(0).label().labelStatus()).isEqualTo(LabelStatus.REVIEWED);
  }

  @Test
  void getSampleReadsTheSample() {
    respondWith("sample-image.json");

    Sample sample = client().getSample(UUID);

    assertOnlyRequest("GET", "/samples/" + UUID + "/");
    assertThat(sample.assignedLabeler()).isEqualTo("john");
    assertThat(((ImageSampleAttributes) sample.attributes()).image().signedUrl()).isNotNull();
  }

  @Test
  void getSampleJoinsLabelsetAndSignedUrlsWithAnAmpersand() {
    respondWith("sample-with-full-label.json");

    Sample sample = client().getSample(UUID, "ground-truth", true);

    assertOnlyRequest("GET", "/samples/" + UUID + "/?labelset=ground-truth&include_signed_urls=1");
    assertThat(((Label) sample.label()).labelset()).isEqualTo("ground-truth");
  }

  @Test
  void getSampleWithOnlySignedUrls() {
    respondWith("sample-image.json");

    client().getSample(UUID, null, true);

    assertOnlyRequest("GET", "/samples/" + UUID + "/?include_signed_urls=1");
  }

  @Test
  void addSampleGzipsTheMinimalSdkBody() {
    respondWith("sample-image.json");

    Sample sample = client().addSample(DATASET, "violet.jpg", ATTRIBUTES);

    assertGzipJsonBody(assertOnlyRequest("POST", "/datasets/jane/flowers/samples/"), MINIMAL_BODY);
    assertThat(sample.uuid()).isEqualTo(UUID);
  }

  @Test
  void addSampleWithCompressionOffSendsPlainJson() {
    respondWith("sample-image.json");

    client(builder -> builder.compression(false)).addSample(DATASET, "violet.jpg", ATTRIBUTES);

    assertPlainJsonBody(onlyRequest(), MINIMAL_BODY);
  }

  @Test
  void addSampleSendsTypedAttributesAndEveryOption() {
    respondWith("sample-image.json");

    client()
        .addSample(
            DATASET,
            AddSampleRequest.builder(
                    "violet.jpg",
                    new ImageSampleAttributes(Url.of("https://example.com/violet.jpg")))
                .metadata(Map.of())
                .priority(10)
                .assignedLabeler("john")
                .assignedReviewer("mary")
                .readme("# Violet")
                .build());

    assertGzipJsonBody(
        onlyRequest(),
        """
        {"name": "violet.jpg", "attributes": {"image": {"url": "https://example.com/violet.jpg"}},
         "metadata": {}, "priority": 10, "assigned_labeler": "john",
         "assigned_reviewer": "mary", "readme": "# Violet"}
        """);
  }

  @Test
  void addSamplesSendsAnArrayOfTypedAndMapSamplesWithoutChangingTheMaps() {
    respondWithList("sample-image.json", "sample-image.json");
    Map<String, Object> dict = new HashMap<>(Map.of("name", "rose.jpg", "attributes", ATTRIBUTES));
    dict.put("metadata", Map.of("kind", "rose"));
    Map<String, Object> before = new HashMap<>(dict);

    List<Sample> samples =
        client().addSamples(DATASET, List.of(AddSampleRequest.of("violet.jpg", ATTRIBUTES), dict));

    assertGzipJsonBody(
        assertOnlyRequest("POST", "/datasets/jane/flowers/samples_bulk/"),
        "["
            + MINIMAL_BODY
            + """
            , {"name": "rose.jpg", "attributes": {"image": {"url": "https://example.com/violet.jpg"}},
               "metadata": {"kind": "rose"}}]
            """);
    assertThat(dict).isEqualTo(before);
    assertThat(samples).hasSize(2);
  }

  @Test
  void updateSampleSendsAnExplicitNullToUnassignTheLabeler() {
    respondWith("sample-image.json");

    client().updateSample(UUID, UpdateSampleRequest.builder().assignedLabeler(null).build());

    assertGzipJsonBody(
        assertOnlyRequest("PATCH", "/samples/" + UUID + "/"), "{\"assigned_labeler\": null}");
  }

  @Test
  void updateSampleLeavesOmittedFieldsOut() {
    respondWith("sample-image.json");

    Sample sample =
        client(builder -> builder.compression(false))
            .updateSample(
                UUID,
                UpdateSampleRequest.builder()
                    .name("violet-2.jpg")
                    .attributes(ATTRIBUTES)
                    .metadata(Map.of("k", 1))
                    .priority(3)
                    .assignedReviewer("mary")
                    .readme("r")
                    .build());

    assertPlainJsonBody(
        onlyRequest(),
        """
        {"name": "violet-2.jpg", "attributes": {"image": {"url": "https://example.com/violet.jpg"}},
         "metadata": {"k": 1}, "priority": 3, "assigned_reviewer": "mary", "readme": "r"}
        """);
    assertThat(bodyJson(onlyRequest()).has("assigned_labeler")).isFalse();
    assertThat(sample.name()).isEqualTo("violet.jpg");
  }

  @Test
  void deleteSampleSendsADelete() {
    respondNoContent();

    client().deleteSample(UUID);

    assertOnlyRequest("DELETE", "/samples/" + UUID + "/");
  }

  @Test
  void deleteSamplesSendsTheUuidsInADeleteBody() {
    respondWith("delete-samples-response.json");

    DeleteSamplesResponse response = client().deleteSamples(DATASET, List.of("a", "b"));

    assertPlainJsonBody(
        assertOnlyRequest("DELETE", "/datasets/jane/flowers/samples_bulk/"),
        "{\"uuids\": [\"a\", \"b\"]}");
    assertThat(response.deletedCount()).isEqualTo(2L);
  }
}
