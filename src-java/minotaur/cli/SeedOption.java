package minotaur.cli;

import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Option;

/** {@code --seed S}: the one seed of a command's random choices (generators, faults, PCT). */
public final class SeedOption {
  @Option(names = "--seed", paramLabel = "S", description = "Seed of the random choices: run's generator and faults (default random, printed), explore --random's schedules (default 0), test's and bench detect's first seed of PCT and stress (default 1).")
  Long seed;

  /** The seed given, or {@code otherwise}. */
  long orElse(long otherwise) {
    return seed != null ? seed : otherwise;
  }

  /** The seed given, or a random one (which the command prints, so the run can be repeated). */
  long orRandom() {
    return seed != null ? seed : ThreadLocalRandom.current().nextLong(1L << 32);
  }
}
