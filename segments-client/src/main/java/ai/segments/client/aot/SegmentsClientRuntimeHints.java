package ai.segments.client.aot;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.WebhookEvent;
import ai.segments.client.model.WebhookEventType;
import ai.segments.client.release.ReleaseDataset;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The runtime hints of the Segments client, for AOT-processed applications and GraalVM native
 * images; registered in {@code META-INF/spring/aot.factories}, so every Spring application that has
 * the client on its class path gets them, on either Spring Boot line.
 *
 * <ul>
 *   <li>Reflection for every type Jackson binds ({@link BoundTypes}, walked from the public API of
 *       {@link SegmentsClient}, {@link ReleaseDataset}, {@link WebhookEvent} and the model types of
 *       the {@link WebhookEventType}s): Spring's {@link BindingReflectionHintsRegistrar} registers
 *       constructors, fields, record accessors and the classes named in Jackson annotations (the
 *       custom deserializers of the sealed unions), and the public methods of each type are
 *       registered too, for the {@code @JsonValue} and {@code @JsonCreator} methods of the enums.
 *   <li>The resource {@value #LIBRARY_PROPERTIES}, which holds the version sent to the API.
 * </ul>
 */
public class SegmentsClientRuntimeHints implements RuntimeHintsRegistrar {

  /** The class path resource with the library version. */
  public static final String LIBRARY_PROPERTIES =
      "ai/segments/client/internal/segments-library.properties";

  private final BindingReflectionHintsRegistrar bindingHints =
      new BindingReflectionHintsRegistrar();

  /** Creates the registrar; Spring's AOT processing instantiates it from {@code aot.factories}. */
  public SegmentsClientRuntimeHints() {}

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    for (Class<?> type : BoundTypes.reachableFrom(entryPoints())) {
      this.bindingHints.registerReflectionHints(hints.reflection(), type);
      hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS);
    }
    hints.resources().registerPattern(LIBRARY_PROPERTIES);
  }

  /** Where the walk starts: the classes whose public signatures name what the client binds. */
  private static Class<?>[] entryPoints() {
    Stream<Class<?>> api =
        Stream.of(SegmentsClient.class, ReleaseDataset.class, WebhookEvent.class);
    Stream<Class<?>> webhookObjects =
        Arrays.stream(WebhookEventType.values())
            .<Class<?>>map(WebhookEventType::objectType)
            .filter(Objects::nonNull);
    return Stream.concat(api, webhookObjects).toArray(Class<?>[]::new);
  }
}
