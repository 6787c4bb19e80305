package minotaur.family;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One variant of a family as data: its CLI name, what it is, and what a decisive check must find
 * under each memory model of {@link Family#MEMORY_MODELS} (every one is declared, including those
 * the explorer does not have yet), and, for variants decided on real threads, a seeded stress run
 * and what it must find.
 *
 * @param name the CLI name ({@code seed}, {@code no-has-waiter})
 * @param summary what the variant is, one phrase
 * @param expected per memory-model name ({@code sc}, {@code tso}, {@code ra}, {@code rc11}), in that order
 * @param run a seeded stress run that decides the variant on this machine, or null
 * @param runExpected what {@code run} must find, or null without one
 */
public record Variant(String name, String summary, Map<String, Expected> expected, RunCheck run,
    Expected runExpected) {
  public Variant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    if (!expected.keySet().equals(new HashSet<>(Family.MEMORY_MODELS))) {
      throw new IllegalArgumentException("variant " + name + " declares " + expected.keySet()
          + ", not every memory model of " + Family.MEMORY_MODELS);
    }
    if ((run == null) != (runExpected == null)) {
      throw new IllegalArgumentException("variant " + name + ": a run check comes with its expectation");
    }
    expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
  }

  /** What a check under {@code model} (a {@link Family#MEMORY_MODELS} name) must find. */
  public Expected expected(String model) {
    Expected e = expected.get(model.toLowerCase(Locale.ROOT));
    if (e == null) throw new IllegalArgumentException("no memory model '" + model + "'");
    return e;
  }

  /** A builder for the variant named by the enum constant {@code constant} (its CLI name). */
  public static Builder of(Enum<?> constant, String summary) {
    return new Builder(cliName(constant), summary);
  }

  /** The CLI name of a variant constant: lower case with dashes ({@code NO_HAS_WAITER} → {@code no-has-waiter}). */
  public static String cliName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Declares expectations model by model; an exposure fills all four, later calls override one. */
  public static final class Builder {
    private final String name;
    private final String summary;
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private RunCheck run;
    private Expected runExpected;

    private Builder(String name, String summary) {
      this.name = name;
      this.summary = summary;
    }

    /** Correct under every memory model. */
    public Builder holds(String reason) {
      for (String m : Family.MEMORY_MODELS) expected.put(m, Expected.holds(reason));
      return this;
    }

    /**
     * Violates {@code property} under every model at least as weak as {@code exposure} (BUGS.md's
     * prediction for {@code ra}/{@code rc11}: weaker than TSO, so every mutant fails there), holds
     * under the stronger ones.
     */
    public Builder violated(Exposure exposure, String property, String reason, String seedLine) {
      for (String m : Family.MEMORY_MODELS) {
        expected.put(m, exposure.violatedUnder(m) ? Expected.violated(property, reason, seedLine)
            : Expected.holds("needs a model weaker than " + m + " (" + exposure.name().toLowerCase(Locale.ROOT) + ")"));
      }
      return this;
    }

    /** The explorer cannot decide the variant under any model, by design (why: {@code reason}). */
    public Builder inconclusive(String reason) {
      for (String m : Family.MEMORY_MODELS) expected.put(m, Expected.inconclusive(reason));
      return this;
    }

    /** Overrides the expectation under one memory model. */
    public Builder at(String model, Expected e) {
      if (!Family.MEMORY_MODELS.contains(model)) throw new IllegalArgumentException("no memory model '" + model + "'");
      expected.put(model, e);
      return this;
    }

    /** A seeded stress run deciding the variant, and what it must find. */
    public Builder run(RunCheck check, Expected e) {
      this.run = check;
      this.runExpected = e;
      return this;
    }

    public Variant build() {
      return new Variant(name, summary, expected, run, runExpected);
    }
  }
}
