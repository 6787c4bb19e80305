package minotaur.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import minotaur.explore.MemoryModel;
import minotaur.family.Family;
import minotaur.family.FamilyRegistry;
import minotaur.family.Variant;

/**
 * {@code minotaur test} as a one-liner for test code (JUnit or any other: a failed assertion is an
 * {@link AssertionError} whose message is the whole verdict, so nothing here depends on a test
 * framework):
 *
 * <pre>{@code
 * Minotaur.test("xen").variant("fixed").budget(Duration.ofSeconds(10)).assertHolds();
 * Minotaur.test("xen").variant("no-kick").assertFinds("X2");
 * }</pre>
 *
 * A family given by name is found through the {@link FamilyRegistry} service, which the cli's
 * registry provides (this package is below it and does not import it).
 *
 * Stress histories go to {@code target/histories} unless {@link Check#out} says otherwise.
 */
public final class Minotaur {
  private Minotaur() {}

  /**
   * A check of the family called {@code family} ({@code "xen"}); {@code BadInput} naming the
   * closest for an unknown name.
   */
  public static Check test(String family) {
    FamilyRegistry registry = ServiceLoader.load(FamilyRegistry.class).findFirst()
        .orElseThrow(() -> new IllegalStateException("no FamilyRegistry service on the class path (minotaur.cli provides it)"));
    return test(registry.named(family));
  }

  /** A check of {@code family}; pick the variant with {@link Check#variant}. */
  public static Check test(Family family) {
    return new Check(family);
  }

  /** One variant's check, configured step by step; {@link #verdict()} runs it. */
  public static final class Check {
    private final Family family;
    private Variant variant;
    private TestOptions options = TestOptions.defaults().withOut(Path.of("target", "histories"));

    private Check(Family family) {
      this.family = family;
    }

    /** The variant by its CLI name (case-insensitive); {@code BadInput} if the family has none such. */
    public Check variant(String name) {
      variant = family.variant(name);
      return this;
    }

    public Check budget(Duration d) {
      options = options.withBudget(d);
      return this;
    }

    /** Explore under these memory models only ({@code sc}, {@code tso}, ...). */
    public Check memoryModels(String... names) {
      List<MemoryModel> ms = new ArrayList<>();
      for (String n : names) ms.add(MemoryModel.parse(n));
      options = options.withModels(ms);
      return this;
    }

    public Check seed(long s) {
      options = options.withSeed(s);
      return this;
    }

    public Check allFindings() {
      options = options.withAllFindings(true);
      return this;
    }

    /** Stress histories under {@code dir}, or in memory for null. */
    public Check out(Path dir) {
      options = options.withOut(dir);
      return this;
    }

    /** Runs the check and returns its verdict. */
    public TestVerdict verdict() {
      if (variant == null) throw new IllegalStateException("no variant chosen: call variant(name) first");
      return Tester.test(family, variant, options);
    }

    /** Fails, with the verdict as the message, unless the variant holds. */
    public TestVerdict assertHolds() {
      TestVerdict v = verdict();
      if (v.outcome() != TestVerdict.Outcome.HOLDS) throw new AssertionError("expected to hold:\n" + v.text());
      return v;
    }

    /** Fails, with the verdict as the message, unless a violation of {@code property} is found. */
    public TestVerdict assertFinds(String property) {
      TestVerdict v = verdict();
      boolean found = v.findings().stream().anyMatch(f -> f.property().equalsIgnoreCase(property));
      if (!found) throw new AssertionError("expected a violation of " + property + ":\n" + v.text());
      return v;
    }
  }
}
