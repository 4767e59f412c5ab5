package ai.segments.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ai.segments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule clientDoesNotNeedSpringBoot =
      noClasses()
          .that()
          .resideInAPackage("ai.segments.client..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.boot..")
          .because("SegmentsClient must be usable with plain Spring Web");

  @ArchTest
  static final ArchRule clientDoesNotDependOnTheAutoConfiguration =
      noClasses()
          .that()
          .resideInAPackage("ai.segments.client..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("ai.segments.autoconfigure..");

  @ArchTest
  static final ArchRule clientLogsThroughOneApi =
      noClasses()
          .that()
          .resideInAPackage("ai.segments.client..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.slf4j..", "java.util.logging..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(System.Logger.class)
          .because("the client logs through Commons Logging, as Spring does");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("ai.(segments).(**)").should().beFreeOfCycles();
}
