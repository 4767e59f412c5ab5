package ai.segments.test.autoconfigure;

import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Starts an in-process {@link SegmentsEmulator} for a Spring Boot test ({@code @SpringBootTest} or
 * a slice) and points the auto-configured {@code SegmentsClient} at it, with the emulator's demo
 * user and API key: no {@code segments.api-key} is needed and no request leaves the machine.
 *
 * <p>The emulator is a bean of the test's application context: inject it to inject faults, set rate
 * limits, read the request log or register webhook targets. One emulator serves each application
 * context (and so every test class that shares the cached context); it listens on a free port of
 * 127.0.0.1 and stops when the context closes. With {@link #reset()} {@link
 * EmulatorReset#AFTER_EACH_TEST} it is put back to its seed data after every test method.
 *
 * <p>The attributes become the {@code segments.emulator.*} properties of the test (they win over
 * the application's own). The auto-configurations imported, for slices that have none of them, are
 * the Segments client's and the emulator's, and Boot's HTTP client and {@code RestClient} ones.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureSegmentsEmulator(seed = Seed.NONE, seedFiles = "classpath:seeds/team.json")
 * class LabelingReportTest { @Autowired SegmentsEmulator emulator; ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureSegmentsEmulator {

  /**
   * Whether to start the emulator and point the client at it ({@code segments.emulator.enabled});
   * {@code false} leaves the client configured by the application's properties.
   *
   * @return whether the emulator runs
   */
  boolean enabled() default true;

  /**
   * The data the emulator starts with ({@code segments.emulator.seed}): the demo user's datasets,
   * or none.
   *
   * @return the seed
   */
  Seed seed() default Seed.DEMO;

  /**
   * Seed files loaded after the seed, in order, as resource locations such as {@code
   * classpath:seeds/team.json} ({@code segments.emulator.seed-files}; the seed-file format of the
   * emulator's README). Empty, the default, leaves the application's own {@code
   * segments.emulator.seed-files}, if any.
   *
   * @return the seed file locations
   */
  String[] seedFiles() default {};

  /**
   * The emulator's port on 127.0.0.1 ({@code segments.emulator.port}); 0, the default, picks a free
   * one, whatever the application's properties say.
   *
   * @return the port
   */
  int port() default 0;

  /**
   * When the emulator is put back to its seed data, without fault rules, extra rate limits or
   * recorded requests ({@code segments.emulator.reset}).
   *
   * @return when to reset
   */
  EmulatorReset reset() default EmulatorReset.NEVER;
}
