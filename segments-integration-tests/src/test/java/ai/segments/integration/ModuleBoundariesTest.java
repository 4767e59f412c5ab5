package ai.segments.integration;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.TOP_LEVEL_CLASSES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules that span modules, checked here because this module sees them all: the client, {@code
 * segments-spring}, the Boot wiring and the emulator.
 */
@AnalyzeClasses(
    packages = {
      "ai.segments.emulator",
      "ai.segments.client",
      "ai.segments.spring",
      "ai.segments.autoconfigure"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  private static final String[] LIBRARY_PACKAGES = {
    "ai.segments.client..", "ai.segments.spring..", "ai.segments.autoconfigure.."
  };

  /**
   * The emulator names its classes for what they are in the emulator ({@code StoredSample}, {@code
   * SampleEndpoints}, {@code RoutedRequest}), so that a class name seen in a stack trace, a search
   * or an import points to one class.
   */
  @ArchTest
  static void noEmulatorClassRepeatsALibraryClassName(JavaClasses classes) {
    Set<String> libraryNames =
        classes.that(resideInAnyPackage(LIBRARY_PACKAGES).and(TOP_LEVEL_CLASSES)).stream()
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toSet());
    assertThat(libraryNames)
        .as("simple names of the imported library classes")
        .contains("SegmentsClient", "SegmentsRetryInterceptor", "SegmentsAutoConfiguration");

    noClasses()
        .that()
        .resideInAPackage("ai.segments.emulator..")
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("package-info")
        .should(
            have(
                describe(
                    "the simple name of a client, segments-spring or Boot wiring class",
                    (JavaClass emulatorClass) ->
                        libraryNames.contains(emulatorClass.getSimpleName()))))
        .check(classes);
  }

  /** {@code ai.segments.client.internal} may change in any release: only the client uses it. */
  @ArchTest
  static final ArchRule theClientsInternalsStayInTheClient =
      noClasses()
          .that()
          .resideOutsideOfPackage("ai.segments.client..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.segments.client.internal..")
          .because("client.internal is not API; other modules use the client's public packages");
}
