package io.stepwell.asl;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The interpreter is pure so that a replay gives the same result and any node can run any step: no
 * I/O, no threads, no clock, no randomness of its own.
 */
class ArchitectureTest {
  private static final JavaClasses ASL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.stepwell.asl");

  @Test
  void aslDoesNoIoAndStartsNoThreads() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.stepwell.asl.json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.sql..", "java.nio.file..")
        .orShould()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("java.io..")
                .and(not(JavaClass.Predicates.simpleNameEndingWith("Exception"))))
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Thread.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..")
        .because("stepwell-asl is pure: the engine does the I/O and owns the threads")
        .check(ASL);
  }

  @Test
  void aslReadsNoClockAndDrawsNoRandomness() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.util.UUID.class, "randomUUID")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.util.Random.class)
        .orShould()
        .callMethod(Math.class, "random")
        .because("time and randomness come in from outside, so a replay gives the same result")
        .check(ASL);
  }

  @Test
  void modelDoesNotDependOnTheInterpreter() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.stepwell.asl.model..", "io.stepwell.asl.path..", "io.stepwell.asl.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.stepwell.asl.eval..")
        .check(ASL);
  }
}
