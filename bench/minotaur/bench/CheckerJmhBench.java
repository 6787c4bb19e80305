package minotaur.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minotaur.check.CheckOptions;
import minotaur.check.Linearizability;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH companion of {@code minotaur.cli.CheckerBench}: the time to check a whole corpus set (parsed in setup),
 * in the calling thread. {@code knossos} is the 120 cas-register histories of the Knossos corpus
 * (Porcupine: ~20 ms), {@code etcd} the 103 Jepsen etcd histories (~300 ms), {@code kv} the
 * c50-ok kv history (~220 ms). The corpus directory is the system property
 * {@code minotaur.shared} (default {@code ../shared}); a missing corpus fails the setup.
 *
 * <p>Run: {@code java -cp target/minotaur.jar org.openjdk.jmh.Main CheckerJmhBench -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckerJmhBench {
  @Param({"knossos", "etcd", "kv"})
  public String set;

  private final List<List<Op>> histories = new ArrayList<>();
  private final List<Model> models = new ArrayList<>();
  private final CheckOptions sequential = CheckOptions.defaults().withParallelism(1);

  @Setup
  public void setup() throws IOException {
    Path shared = Path.of(System.getProperty("minotaur.shared", "../shared")).resolve("corpus");
    switch (set) {
      case "knossos": {
        Path dir = shared.resolve("knossos");
        List<String> lines = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
        for (String line : lines.subList(1, lines.size())) {
          String[] cols = line.split("\t");
          if (cols[1].equals("cas-register")) add(dir.resolve(cols[0]), Models.named("cas-register", 0L));
        }
        break;
      }
      case "etcd":
        try (var files = Files.list(shared.resolve("porcupine/etcd"))) {
          for (Path f : files.filter(p -> p.toString().endsWith(".edn")).sorted().toList()) {
            add(f, Models.named("cas-register", null));
          }
        }
        break;
      case "kv":
        add(shared.resolve("porcupine/kv/c50-ok.edn"), Models.named("kv", null));
        break;
      default:
        throw new IllegalArgumentException(set);
    }
  }

  private void add(Path file, Model model) {
    if (!Files.isRegularFile(file)) throw new UncheckedIOException(new IOException("corpus file absent: " + file));
    histories.add(HistoryReader.readAll(file));
    models.add(model);
  }

  /** Returns the number of valid histories, so the work cannot be optimised away. */
  @Benchmark
  public int checkSet() {
    int valid = 0;
    for (int i = 0; i < histories.size(); i++) {
      if (Linearizability.check(models.get(i), histories.get(i), sequential).isValid()) valid++;
    }
    return valid;
  }
}
