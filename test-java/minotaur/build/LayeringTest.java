package minotaur.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md, pinned on the product classes (tests and bench/ excluded): who may
 * import whom, no package cycles, and no JMH in the product.
 *
 * <p>Layers, ground up: {@code mem}, {@code history}; {@code model}, {@code gen}, {@code fault},
 * {@code os}, {@code report} ({@code os} may use {@code fault}: DESIGN.md's OS objects "host
 * injected faults"); {@code check}; the engines {@code run} and {@code explore}; {@code family}
 * (the descriptor interface the engines' users see, above both engines); the future {@code test}
 * engine, which combines their verdicts through descriptors; {@code prim}; {@code cli} (the
 * registry). Verify the same by hand with {@code jdeps -verbose:package target/classes}.
 */
class LayeringTest {
  private static final JavaClasses PRODUCT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/test-classes/"))
      .importPackages("minotaur");

  @Test
  void theRulesSeeTheProductAndOnlyIt() {
    assertTrue(PRODUCT.contain("minotaur.cli.Main") && PRODUCT.contain("minotaur.explore.Explorer"));
    assertFalse(PRODUCT.contain("minotaur.build.LayeringTest"));
    assertFalse(PRODUCT.stream().anyMatch(c -> c.getPackageName().equals("minotaur.bench")), "bench/ is not product");
  }

  @Test
  void layersImportOnlyDownwards() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("mem").definedBy("minotaur.mem..")
        .layer("history").definedBy("minotaur.history..")
        .layer("model").definedBy("minotaur.model..")
        .layer("gen").definedBy("minotaur.gen..")
        .layer("fault").definedBy("minotaur.fault..")
        .layer("os").definedBy("minotaur.os..")
        .layer("report").definedBy("minotaur.report..")
        .layer("check").definedBy("minotaur.check..")
        .layer("run").definedBy("minotaur.run..")
        .layer("explore").definedBy("minotaur.explore..")
        .layer("family").definedBy("minotaur.family..")
        .layer("test").definedBy("minotaur.test..")
        .layer("prim").definedBy("minotaur.prim..")
        .layer("cli").definedBy("minotaur.cli..")
        .layer("progress").definedBy("minotaur.progress..")
        .whereLayer("progress").mayNotAccessAnyLayer()
        .whereLayer("mem").mayNotAccessAnyLayer()
        .whereLayer("history").mayNotAccessAnyLayer()
        .whereLayer("model").mayOnlyAccessLayers("history")
        .whereLayer("gen").mayOnlyAccessLayers("history")
        .whereLayer("fault").mayOnlyAccessLayers("history")
        .whereLayer("os").mayOnlyAccessLayers("mem", "history", "fault")
        .whereLayer("report").mayOnlyAccessLayers("history")
        .whereLayer("check").mayOnlyAccessLayers("history", "model")
        .whereLayer("run").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "check", "progress")
        .whereLayer("explore").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "check", "progress")
        .whereLayer("family").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "check",
            "run", "explore")
        .whereLayer("test").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "report", "progress",
            "check", "run", "explore", "family")
        .whereLayer("prim").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "check",
            "run", "explore", "family")
        .whereLayer("cli").mayOnlyAccessLayers("mem", "history", "model", "gen", "fault", "os", "report", "progress",
            "check", "run", "explore", "family", "test", "prim")
        .check(PRODUCT);
  }

  @Test
  void noCyclesBetweenLayers() {
    slices().matching("minotaur.(*)..").should().beFreeOfCycles()
        .check(PRODUCT);
  }

  @Test
  void noCyclesBetweenFamiliesOrSubPackages() {
    slices().matching("minotaur.(*).(*)..").should().beFreeOfCycles().check(PRODUCT);
  }

  /**
   * {@code minotaur.(*).(*)..} leaves out classes directly in {@code minotaur.explore}, so this
   * puts them in a part of their own next to each sub-package (graph, litmus, memory, scenario, sim, strategy).
   */
  private static String explorePart(String pkg) {
    if (pkg.equals("minotaur.explore")) return "explore";
    if (!pkg.startsWith("minotaur.explore.")) return null;
    return "explore." + pkg.substring("minotaur.explore.".length()).split("\\.")[0];
  }

  private static final SliceAssignment EXPLORE_PARTS = new SliceAssignment() {
    @Override public SliceIdentifier getIdentifierOf(JavaClass c) {
      String part = explorePart(c.getPackageName());
      return part == null ? SliceIdentifier.ignore() : SliceIdentifier.of(part);
    }

    @Override public String getDescription() {
      return "minotaur.explore and each of its sub-packages";
    }
  };

  @Test
  void exploreAndItsSubPackagesHaveNoCycles() {
    Set<String> parts = new TreeSet<>();
    PRODUCT.stream().map(c -> explorePart(c.getPackageName())).filter(Objects::nonNull).forEach(parts::add);
    assertTrue(parts.containsAll(Set.of("explore", "explore.graph", "explore.litmus", "explore.scenario",
        "explore.sim", "explore.strategy", "explore.memory")),
        "the slices see the root and its sub-packages: " + parts);
    slices().assignedFrom(EXPLORE_PARTS).should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void theProductHasNoJmh() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.openjdk.jmh..").check(PRODUCT);
  }

  @Test
  void enginesKnowNoFamilyAndNoCli() {
    noClasses().that().resideInAnyPackage("minotaur.run..", "minotaur.explore..", "minotaur.check..",
            "minotaur.gen..", "minotaur.fault..", "minotaur.os..", "minotaur.mem..", "minotaur.history..",
            "minotaur.model..", "minotaur.report..", "minotaur.family..")
        .should().dependOnClassesThat().resideInAnyPackage("minotaur.prim..", "minotaur.cli..")
        .check(PRODUCT);
  }
}
