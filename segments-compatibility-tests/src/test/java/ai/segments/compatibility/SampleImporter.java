package ai.segments.compatibility;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.Url;
import ai.segments.client.request.AddSampleRequest;
import java.net.URI;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A user's service that calls the API: imports images into a dataset, one sample per image named
 * after its file, and reports what happened instead of throwing.
 */
@Service
public class SampleImporter {

  private final SegmentsClient segments;

  SampleImporter(SegmentsClient segments) {
    this.segments = segments;
  }

  /**
   * Adds one image sample per URL, in one request.
   *
   * @param dataset the dataset, {@code owner/name}
   * @param imageUrls the images
   * @return how many samples the dataset got, or why the import failed
   */
  public ImportReport importImages(String dataset, List<String> imageUrls) {
    List<AddSampleRequest> samples =
        imageUrls.stream()
            .map(url -> AddSampleRequest.of(fileName(url), new ImageSampleAttributes(Url.of(url))))
            .toList();
    try {
      return new ImportReport(this.segments.addSamples(dataset, samples).size(), null);
    } catch (SegmentsException e) {
      return new ImportReport(0, e.getMessage());
    }
  }

  private static String fileName(String url) {
    String path = URI.create(url).getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * The outcome of an import.
   *
   * @param imported the samples added
   * @param failure why the import failed, or {@code null}
   */
  public record ImportReport(int imported, String failure) {}
}
