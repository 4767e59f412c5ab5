package ai.segments.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A Spring Boot test slice for code that calls the Segments API, like Boot's {@code
 * RestClientTest}: the application context holds the Segments auto-configuration, an emulator
 * ({@link AutoConfigureSegmentsEmulator}, whose attributes apply when it is also on the test class)
 * and the {@link #components()} under test, and nothing else of the application: no other
 * auto-configuration, and of the application's scanned components only those and its {@code
 * SegmentsClientCustomizer}s.
 *
 * <pre>{@code
 * @SegmentsClientTest(components = SampleImporter.class)
 * @AutoConfigureSegmentsEmulator(reset = EmulatorReset.AFTER_EACH_TEST)
 * class SampleImporterTest {
 *   @Autowired SampleImporter importer;
 *   @Autowired SegmentsEmulator emulator;
 *   ...
 * }
 * }</pre>
 *
 * <p>Use {@code @SpringBootTest} with {@link AutoConfigureSegmentsEmulator} instead to test with
 * the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(SegmentsClientTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@AutoConfigureSegmentsEmulator
public @interface SegmentsClientTest {

  /**
   * The application's components to add to the context, e.g. the {@code @Service} under test; a
   * scanned component is included when it is of one of these types.
   *
   * @return the components under test
   */
  Class<?>[] components() default {};

  /**
   * Properties in {@code key=value} form added to the test's environment, e.g. {@code
   * segments.retry.enabled=false}.
   *
   * @return the properties
   */
  String[] properties() default {};
}
