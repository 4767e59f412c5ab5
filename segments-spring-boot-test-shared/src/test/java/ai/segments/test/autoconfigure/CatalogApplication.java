package ai.segments.test.autoconfigure;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A user's application for the tests: {@link DatasetCatalog}, a service that calls the Segments
 * API, the {@link CatalogClientCustomizer} and {@link ReportMailer}, a component that has nothing
 * to do with Segments.
 */
@SpringBootApplication
public class CatalogApplication {}
