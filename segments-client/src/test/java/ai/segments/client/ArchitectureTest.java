package ai.segments.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

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
  static final ArchRule theRootHoldsOnlyTheEntryPoints =
      classes()
          .that()
          .resideInAPackage("ai.segments.client")
          .and()
          .areTopLevelClasses()
          .should()
          .haveNameMatching(
              "ai\\.segments\\.client\\.(SegmentsClient|SegmentsBulkImporter|ApiStatus|ApiUrls)")
          .because("each part of the client has its own package");

  @ArchTest
  static final ArchRule requestOptionsLiveInTheRequestPackage =
      publicApiClassesNamed(".*Request")
          .should()
          .resideInAPackage("ai.segments.client.request")
          .because("each part of the client has its own package");

  @ArchTest
  static final ArchRule queriesLiveInThePagingPackage =
      publicApiClassesNamed(".*Query")
          .should()
          .resideInAPackage("ai.segments.client.paging")
          .because("each part of the client has its own package");

  @ArchTest
  static final ArchRule bulkImportReportsLiveInTheBulkPackage =
      publicApiClassesNamed("BulkImport.*")
          .should()
          .resideInAPackage("ai.segments.client.bulk")
          .because("each part of the client has its own package");

  @ArchTest
  static final ArchRule resourcesLiveInTheInternalResourcePackage =
      classes()
          .that()
          .resideInAPackage("ai.segments.client..")
          .and()
          .haveSimpleNameEndingWith("Resource")
          .should()
          .resideInAPackage("ai.segments.client.internal.resource")
          .because("the facade's parts are not API");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("ai.(segments).(**)").should().beFreeOfCycles();

  private static GivenClassesConjunction publicApiClassesNamed(String simpleNameRegex) {
    return classes()
        .that()
        .resideInAPackage("ai.segments.client..")
        .and()
        .resideOutsideOfPackage("ai.segments.client.internal..")
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and()
        .haveNameMatching(".*\\." + simpleNameRegex);
  }
}
