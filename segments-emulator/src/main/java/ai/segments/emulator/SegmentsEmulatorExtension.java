package ai.segments.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link SegmentsEmulator} and injects it into test and lifecycle
 * methods that declare a {@code SegmentsEmulator} parameter.
 *
 * <pre>{@code
 * @ExtendWith(SegmentsEmulatorExtension.class)          // demo seed, random port
 * class MyTest {
 *   @Test void works(SegmentsEmulator emulator) { ... }
 * }
 *
 * class OtherTest {
 *   @RegisterExtension
 *   static SegmentsEmulatorExtension emulator =
 *       new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));
 * }
 * }</pre>
 *
 * <p>Registered statically or with {@code @ExtendWith}, one emulator serves the whole test class
 * (and its nested classes); registered on an instance field, each test gets its own. Before each
 * test the fault rules and the request log are cleared; the data persists across the tests of a
 * class.
 */
public final class SegmentsEmulatorExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private final SegmentsEmulator.Builder builder;
  private SegmentsEmulator emulator;
  private boolean perTest;
  private int classDepth;

  /** An extension with the default emulator: random port, demo seed. */
  public SegmentsEmulatorExtension() {
    this(SegmentsEmulator.builder());
  }

  /**
   * An extension whose emulator is built from this builder.
   *
   * @param builder the emulator configuration
   */
  public SegmentsEmulatorExtension(SegmentsEmulator.Builder builder) {
    this.builder = builder;
  }

  /**
   * The running emulator.
   *
   * @return the emulator
   * @throws IllegalStateException outside a test
   */
  public SegmentsEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("The emulator runs only while tests run");
    }
    return emulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      emulator = builder.build().start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      stopEmulator();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (emulator == null) {
      perTest = true;
      emulator = builder.build().start();
    }
    emulator.faults().clear();
    emulator.requestLog().clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stopEmulator();
    }
  }

  private void stopEmulator() {
    if (emulator != null) {
      emulator.stop();
      emulator = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SegmentsEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return emulator();
  }
}
