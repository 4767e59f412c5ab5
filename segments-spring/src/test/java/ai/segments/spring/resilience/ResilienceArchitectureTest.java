package ai.segments.spring.resilience;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "ai.segments.spring.resilience",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ResilienceArchitectureTest {

  @ArchTest
  static final ArchRule overloadProtectionDoesNotNeedSpringBoot =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.boot..", "ai.segments.autoconfigure..")
          .because("the overload protection belongs to the Boot-free Spring module");
}
