package org.traininghub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.traininghub.platform.security.CurrentAccount;

/**
 * The component map, kept by the build: platform at the bottom, PCNs below accounts, no cycles
 * between components, and inside each component boundary → control → entity, never back up.
 */
@AnalyzeClasses(
    packages = "org.traininghub",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  /** The business components (mail is one once it leaves platform). */
  private static final String[] BUSINESS =
      component(
          "catalogue", "accounts", "pcns", "events", "records", "newsletter", "mail", "reports");

  @ArchTest
  static final ArchRule platformDependsOnNoBusinessComponent =
      noClasses()
          .that()
          .resideInAPackage("org.traininghub.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BUSINESS)
          .because("platform is the plumbing every component stands on, so it names none of them");

  @ArchTest
  static final ArchRule pcnsStandBelowAccounts =
      noClasses()
          .that()
          .resideInAPackage("org.traininghub.pcns..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              component("accounts", "catalogue", "events", "records", "newsletter", "reports"))
          .because("events, records and reports use PCNs without depending on accounts");

  @ArchTest
  static final ArchRule entitiesDependOnNoControlOrBoundary =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..control..", "..boundary..")
          .because("an entity guards its own invariants with rules of its own package");

  /**
   * Inside a component, boundary calls control and never the other way round. Another component's
   * boundary is that component's API, so control may call it (the accounts' link mail queues
   * through the mail component's {@code Outbox}).
   */
  @ArchTest
  static final ArchRule controlDependsOnNoBoundaryOfItsOwnComponent =
      classes()
          .that()
          .resideInAPackage("..control..")
          .should(notDependOnTheBoundaryOfTheirOwnComponent())
          .because("boundaries call control, never the other way round");

  @ArchTest
  static final ArchRule onlyTheSignInMechanismSaysWhoIsCalling =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("org.traininghub.accounts.boundary.SessionAuthentication")
          .should()
          .callMethod(
              CurrentAccount.class,
              "establish",
              HttpServletRequest.class,
              CurrentAccount.Caller.class)
          .because("CurrentAccount is what the session, checked against the database, says");

  @ArchTest
  static final ArchRule componentsHaveNoCycles =
      slices()
          .matching("org.traininghub.(*)..")
          .namingSlices("component $1")
          .should()
          .beFreeOfCycles();

  private static ArchCondition<JavaClass> notDependOnTheBoundaryOfTheirOwnComponent() {
    return new ArchCondition<>("not depend on the boundary of their own component") {
      @Override
      public void check(JavaClass control, ConditionEvents events) {
        String ownBoundary =
            control.getPackageName().replaceFirst("\\.control(\\..*)?$", ".boundary");
        for (Dependency dependency : control.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          if (target.equals(ownBoundary) || target.startsWith(ownBoundary + ".")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static String[] component(String... names) {
    String[] packages = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      packages[i] = "org.traininghub." + names[i] + "..";
    }
    return packages;
  }
}
