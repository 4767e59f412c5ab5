package ai.segments.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A labeling-team service built on the Segments Spring Boot starter. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  /**
   * Starts the sample service.
   *
   * @param args command-line arguments, passed on to Spring Boot
   */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
