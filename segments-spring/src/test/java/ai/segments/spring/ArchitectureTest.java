package ai.segments.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "ai.segments.spring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theSpringIntegrationNeedsNoBoot =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.boot..", "ai.segments.autoconfigure..")
          .because("both Boot lines share this module, so it can use neither's API");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("ai.(segments).(**)").should().beFreeOfCycles();
}
