package ai.segments.compatibility;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fresh application as a new user writes it: the starter, web, Actuator and Prometheus, and one
 * controller that has the client injected.
 */
@SpringBootApplication
public class CompatibilityApplication {

  /**
   * Starts the application; Spring Boot's AOT processing (the build's {@code process-aot}) runs it
   * from here.
   *
   * @param args the application arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(CompatibilityApplication.class, args);
  }

  /** Lists the user's datasets through the injected client. */
  @RestController
  static class DatasetNames {

    private final SegmentsClient segments;

    DatasetNames(SegmentsClient segments) {
      this.segments = segments;
    }

    @GetMapping("/datasets")
    List<String> names() {
      return this.segments.getDatasets().stream().map(Dataset::name).toList();
    }
  }
}
