package ai.segments.client.aot;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Dataset;
import ai.segments.client.model.Distortion;
import ai.segments.client.model.InputType;
import ai.segments.client.model.IssueAnchor;
import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.PointcloudSequenceCuboidFrame;
import ai.segments.client.model.Role;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SampleAttributes;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseSample;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.UpdateLabelRequest;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates.TypeHintPredicate;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

/**
 * The client's runtime hints, checked with Spring's {@link RuntimeHintsPredicates} for a member of
 * every family the client binds.
 */
class SegmentsClientRuntimeHintsTest {

  private final RuntimeHints hints = registered();

  @Test
  void modelRecordsCanBeConstructedAndRead() {
    for (Class<?> record : List.of(Dataset.class, Sample.class, ReleaseSample.class)) {
      assertThat(bindable(record)).as(record.getName()).isTrue();
    }
  }

  @Test
  void requestRecordsCanBeWritten() {
    assertThat(bindable(AddDatasetRequest.class)).isTrue();
    assertThat(bindable(UpdateLabelRequest.class)).isTrue();
  }

  @Test
  void everyVariantOfTheSealedUnionsIsBindable() {
    for (Class<?> union :
        List.of(LabelAttributes.class, SampleAttributes.class, IssueAnchor.class)) {
      assertThat(RuntimeHintsPredicates.reflection().onType(union)).accepts(this.hints);
      assertThat(union.getPermittedSubclasses())
          .as(union.getSimpleName())
          .isNotEmpty()
          .allMatch(this::bindable);
    }
  }

  @Test
  void typesOnlyNestedDeepInsideVariantsAreFound() {
    assertThat(bindable(PointcloudSequenceCuboidFrame.class)).isTrue();
    assertThat(bindable(Distortion.class)).isTrue();
    // Only named by a @JsonProperty method of the task attribute variants, not by a component.
    assertThat(bindable(InputType.class)).isTrue();
  }

  @Test
  void enumsAndTheirJsonValueMethodsAreRegistered() {
    for (Class<?> type : List.of(TaskType.class, LabelStatus.class, Role.class)) {
      assertThat(bindable(type)).as(type.getName()).isTrue();
    }
  }

  @Test
  void theCustomDeserializersOfTheUnionsCanBeInstantiated() {
    Class<?> deserializer = LabelAttributes.class.getAnnotation(JsonDeserialize.class).using();

    assertThat(
            RuntimeHintsPredicates.reflection()
                .onType(deserializer)
                .withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
        .accepts(this.hints);
  }

  @Test
  void theLibraryVersionResourceIsIncluded() {
    assertThat(
            RuntimeHintsPredicates.resource()
                .forResource(SegmentsClientRuntimeHints.LIBRARY_PROPERTIES))
        .accepts(this.hints);
    assertThat(
            getClass().getClassLoader().getResource(SegmentsClientRuntimeHints.LIBRARY_PROPERTIES))
        .isNotNull();
  }

  @Test
  void everyPublicModelAndRequestTypeIsReachedByTheWalk() throws Exception {
    List<Class<?>> bindingTypes = new ArrayList<>();
    for (String pkg : List.of("ai/segments/client/model", "ai/segments/client/request")) {
      for (Resource file :
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:" + pkg + "/*.class")) {
        String name = pkg.replace('/', '.') + "." + file.getFilename().replace(".class", "");
        Class<?> type = ClassUtils.forName(name, getClass().getClassLoader());
        if (isMainCode(type)
            && Modifier.isPublic(type.getModifiers())
            && (type.isRecord() || type.isEnum() || type.isSealed())) {
          bindingTypes.add(type);
        }
      }
    }

    assertThat(bindingTypes).hasSizeGreaterThan(100).allMatch(this::bindable);
  }

  @Test
  void springFindsTheRegistrarInAotFactories() {
    List<RuntimeHintsRegistrar> registrars =
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
            .load(RuntimeHintsRegistrar.class);

    assertThat(registrars).hasAtLeastOneElementOfType(SegmentsClientRuntimeHints.class);
  }

  /** A class of the client itself, not of its tests. */
  private static boolean isMainCode(Class<?> type) {
    return type.getProtectionDomain()
        .getCodeSource()
        .equals(Dataset.class.getProtectionDomain().getCodeSource());
  }

  /** Registered with constructors and public methods (records, enums) or at least as a type. */
  private boolean bindable(Class<?> type) {
    TypeHintPredicate registered = RuntimeHintsPredicates.reflection().onType(type);
    Predicate<RuntimeHints> bindable =
        type.isInterface()
            ? registered
            : registered.withMemberCategories(
                MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS);
    return bindable.test(this.hints);
  }

  private static RuntimeHints registered() {
    RuntimeHints hints = new RuntimeHints();
    new SegmentsClientRuntimeHints()
        .registerHints(hints, SegmentsClientRuntimeHintsTest.class.getClassLoader());
    return hints;
  }
}
