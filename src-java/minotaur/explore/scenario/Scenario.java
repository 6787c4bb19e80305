package minotaur.explore.scenario;

import java.util.Objects;

/**
 * A small concurrent program to explore: a name, one line saying what it checks, and a setup that
 * builds a fresh instance for every run (cells on the run's {@link minotaur.mem.Memory}, OS objects
 * on its {@link minotaur.os.Os}, the threads, the checks). Threads share state only through cells
 * and OS objects; results a thread hands to the end checks go in plain Java fields that only the
 * end checks read (jcstress's result object). The setup and every thread must be deterministic
 * given the values they read, since a schedule is replayed by running the scenario again.
 */
public final class Scenario {
  /** Builds one run's instance of the scenario. */
  @FunctionalInterface
  public interface Setup {
    void build(World world);
  }

  private final String name;
  private final String description;
  private final Setup setup;

  public Scenario(String name, String description, Setup setup) {
    if (name.isBlank() || name.contains(":") || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad scenario name '" + name + "': no blanks or ':'");
    }
    this.name = name;
    this.description = Objects.requireNonNull(description, "description");
    this.setup = Objects.requireNonNull(setup, "setup");
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The setup, for the engines that run the scenario. */
  public Setup setup() {
    return setup;
  }

  @Override public String toString() {
    return name;
  }
}
