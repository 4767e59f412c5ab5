package ai.segments.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of an import request within {@code sample.imports}: a {@code Content-Length} over
 * the limit is refused before a byte is read, a body without one (chunked) is counted while it is
 * read; either way the answer is a 413 problem. CSV is parsed while it streams in; JSON, bounded by
 * its smaller limit, is read by the application's JSON mapper.
 */
@Component
public class ImportBodies {

  private static final TypeReference<List<ManifestEntry>> MANIFEST = new TypeReference<>() {};

  private final JsonMapper json;
  private final SampleProperties.Imports limits;

  /**
   * Creates the reader.
   *
   * @param json the application's JSON mapper
   * @param properties the import limits
   */
  public ImportBodies(JsonMapper json, SampleProperties properties) {
    this.json = json;
    this.limits = properties.imports();
  }

  /**
   * Reads a JSON manifest: an array of {@code {"name", "url", "metadata"}} objects.
   *
   * @param request the request
   * @return the entries
   * @throws IOException if reading the body fails
   * @throws InvalidManifestException (400) if the body is not such an array
   * @throws ErrorResponseException (413) if the body or its entry count is over its limit
   */
  public List<ManifestEntry> json(HttpServletRequest request) throws IOException {
    DataSize limit = this.limits.maxJsonSize();
    List<ManifestEntry> manifest;
    try (InputStream in = body(request, limit, "sample.imports.max-json-size")) {
      manifest = this.json.readValue(in, MANIFEST);
    } catch (JacksonException ex) {
      if (causedByLimit(ex)) {
        throw tooLarge("The JSON manifest", limit, "sample.imports.max-json-size");
      }
      throw new InvalidManifestException(
          "The JSON manifest is not an array of {\"name\", \"url\", \"metadata\"} objects: "
              + ex.getOriginalMessage(),
          ex);
    }
    if (manifest == null) {
      throw new InvalidManifestException("The JSON manifest is null");
    }
    if (manifest.size() > this.limits.maxEntries()) {
      throw SampleProblems.importTooLarge(
          "The manifest has more than "
              + this.limits.maxEntries()
              + " entries (sample.imports.max-entries)");
    }
    return manifest;
  }

  /**
   * Reads a CSV manifest while it streams in (see {@link CsvManifestParser}); the charset is the
   * request's, UTF-8 by default.
   *
   * @param request the request
   * @return the entries
   * @throws IOException if reading the body fails
   * @throws InvalidManifestException (400) if the header or quoting is wrong
   * @throws ErrorResponseException (413) if the body or its entry count is over its limit
   */
  public List<ManifestEntry> csv(HttpServletRequest request) throws IOException {
    DataSize limit = this.limits.maxCsvSize();
    Charset charset =
        (request.getCharacterEncoding() != null)
            ? Charset.forName(request.getCharacterEncoding())
            : StandardCharsets.UTF_8;
    try (InputStream in = body(request, limit, "sample.imports.max-csv-size");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
      return new CsvManifestParser(this.limits.maxEntries()).parse(reader);
    } catch (LimitedInputStream.LimitExceededException ex) {
      throw tooLarge("The CSV manifest", limit, "sample.imports.max-csv-size");
    }
  }

  private static boolean causedByLimit(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof LimitedInputStream.LimitExceededException) {
        return true;
      }
    }
    return false;
  }

  private static InputStream body(HttpServletRequest request, DataSize limit, String property)
      throws IOException {
    if (request.getContentLengthLong() > limit.toBytes()) {
      throw tooLarge("The request body", limit, property);
    }
    return new LimitedInputStream(request.getInputStream(), limit.toBytes());
  }

  private static ErrorResponseException tooLarge(String what, DataSize limit, String property) {
    return SampleProblems.importTooLarge(
        what + " is larger than " + limit.toBytes() + " bytes (" + property + ")");
  }
}
