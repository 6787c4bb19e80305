package minotaur.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import minotaur.check.CheckOptions;
import minotaur.check.CheckResult;
import minotaur.check.Linearizability;
import minotaur.history.HistoryReader;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;

/**
 * The checker benchmark ({@code minotaur bench checker}): in one JVM, warms up, then measures the
 * Knossos cas-register corpus, the Porcupine etcd and kv c50-ok histories (the sets Porcupine's
 * timings are known for), 10 processes x 100,000 register ops, and a scaling table of generated
 * register histories. Times are medians of several runs after warm-up (at least
 * {@value #WARMUP} rounds and {@value #WARMUP_MILLIS} ms per set, so the JIT has compiled the
 * search), checked in the calling thread (parallelism 1): wall clock, and the thread's CPU time,
 * which a loaded machine does not inflate. Parsing is done once beforehand and reported apart.
 * Allocated is what the checking thread allocates per round (median); memory is the heap in use
 * right after the check.
 */
public final class CheckerBench {
  private static final int WARMUP = 5;
  private static final long WARMUP_MILLIS = 3_000;
  private static final int RUNS = 9;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final CheckOptions SEQUENTIAL = CheckOptions.defaults().withParallelism(1);

  private final Path shared;
  private final PrintStream out;

  public CheckerBench(Path shared, PrintStream out) {
    this.shared = shared;
    this.out = out;
  }

  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("minotaur.shared", "../shared"));
    new CheckerBench(shared, System.out).run();
  }

  public void run() {
    out.printf("JVM max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    out.println("(ops: lines of the history; calls = ops / 2)");
    out.println("| history | ops | processes | parse ms | wall ms | cpu ms | allocated MB | memory (MB) | verdicts |");
    out.println("|---|---|---|---|---|---|---|---|---|");
    knossos();
    etcd();
    kv();
    big();
    scaling();
  }

  private record Case(String name, List<Op> ops, Model model, Object expected, long parseNanos) {}

  private static Case parse(Path file, Model model, Object expected) {
    long start = System.nanoTime();
    List<Op> ops = HistoryReader.readAll(file);
    return new Case(file.getFileName().toString(), ops, model, expected, System.nanoTime() - start);
  }

  private void knossos() {
    Path dir = shared.resolve("corpus/knossos");
    if (!Files.isDirectory(dir)) {
      out.println("| knossos cas-register | (corpus absent: " + dir + ") | | | | | | | |");
      return;
    }
    List<Case> cases = new ArrayList<>();
    for (String line : lines(dir.resolve("MANIFEST.tsv"))) {
      String[] cols = line.split("\t");
      if (!cols[1].equals("cas-register")) continue;
      cases.add(parse(dir.resolve(cols[0]), Models.named("cas-register", 0L), Boolean.valueOf(cols[2])));
    }
    report("knossos cas-register (" + cases.size() + " files), total", cases);
  }

  private void etcd() {
    Path dir = shared.resolve("corpus/porcupine/etcd");
    if (!Files.isDirectory(dir)) {
      out.println("| etcd | (corpus absent) | | | | | | | |");
      return;
    }
    List<Case> cases = new ArrayList<>();
    for (Path f : list(dir)) cases.add(parse(f, Models.named("cas-register", null), null));
    long[] perFile = report("porcupine etcd (" + cases.size() + " files), total", cases);
    int slowest = 0;
    for (int i = 0; i < perFile.length; i++) if (perFile[i] > perFile[slowest]) slowest = i;
    Case c = cases.get(slowest);
    out.printf("| etcd slowest (by cpu): %s | %d | %d | | | %.1f | | | |%n", c.name(), c.ops().size(),
        processes(c.ops()), perFile[slowest] / 1e6);
  }

  private void kv() {
    Path f = shared.resolve("corpus/porcupine/kv/c50-ok.edn");
    if (!Files.isRegularFile(f)) {
      out.println("| kv c50-ok | (corpus absent) | | | | | | | |");
      return;
    }
    report("porcupine kv c50-ok", List.of(parse(f, Models.named("kv", null), true)));
  }

  private void big() {
    List<Op> h = RegisterHistories.generate(10, 100_000, 1);
    CheckOptions limit = SEQUENTIAL.withTimeLimit(Duration.ofSeconds(30));
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CheckResult r = Linearizability.check(Models.named("register", 0L), h, limit);
    long nanos = System.nanoTime() - start;
    out.printf("| generated register, 10 procs, 100k calls (once, limit 30 s) | %d | 10 | | %.1f | %.1f | | %d | %s, %d configs |%n",
        h.size(), nanos / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, usedMb(), verdict(r), r.configs());
  }

  private void scaling() {
    out.println();
    out.println("Scaling (generated register histories, cpu ms, median of 3 after one warm-up run; limit 10 s):");
    int[] procs = {2, 5, 10, 20};
    out.println("| ops \\ processes | 2 | 5 | 10 | 20 |");
    out.println("|---|---|---|---|---|");
    CheckOptions limit = SEQUENTIAL.withTimeLimit(Duration.ofSeconds(10));
    for (int ops : new int[] {1_000, 10_000, 100_000}) {
      StringBuilder row = new StringBuilder("| " + ops + " |");
      for (int p : procs) {
        List<Op> h = RegisterHistories.generate(p, ops, 7);
        long[] times = new long[3];
        CheckResult r = null;
        if (Linearizability.check(Models.named("register", 0L), h, limit).isUnknown()) {
          row.append(" > 10 s (unknown :timeout) |");
          continue;
        }
        for (int i = 0; i < times.length; i++) {
          long cpu = THREADS.getCurrentThreadCpuTime();
          r = Linearizability.check(Models.named("register", 0L), h, limit);
          times[i] = THREADS.getCurrentThreadCpuTime() - cpu;
        }
        Arrays.sort(times);
        row.append(String.format(" %.1f%s |", times[1] / 1e6, r.isValid() ? "" : " (" + verdict(r) + ")"));
      }
      out.println(row);
    }
  }

  /** Checks every case through warm-up then RUNS times; prints the median total; returns per-case medians. */
  private long[] report(String name, List<Case> cases) {
    long[][] times = new long[cases.size()][RUNS];
    long[] totals = new long[RUNS];
    long[] cpuTotals = new long[RUNS];
    long[] allocated = new long[RUNS];
    int wrong = 0;
    String verdicts = "";
    long warmUntil = System.nanoTime() + WARMUP_MILLIS * 1_000_000;
    int warmup = 0;
    for (int round = 0; round < warmup + RUNS; round++) {
      if (round == warmup && (round < WARMUP || System.nanoTime() < warmUntil)) warmup++;
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      int valid = 0;
      int invalid = 0;
      int unknown = 0;
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CheckResult r = Linearizability.check(c.model(), c.ops(), SEQUENTIAL);
        long t = System.nanoTime() - start;
        if (round >= warmup) {
          times[i][round - warmup] = THREADS.getCurrentThreadCpuTime() - cpu;
          totals[round - warmup] += t;
          cpuTotals[round - warmup] += THREADS.getCurrentThreadCpuTime() - cpu;
        }
        if (r.isValid()) valid++;
        else if (r.isInvalid()) invalid++;
        else unknown++;
        if (round == 0 && c.expected() != null && !c.expected().equals(r.valid())) wrong++;
      }
      verdicts = valid + " valid, " + invalid + " invalid" + (unknown > 0 ? ", " + unknown + " unknown" : "");
      if (round >= warmup) allocated[round - warmup] = THREADS.getCurrentThreadAllocatedBytes() - bytes;
    }
    Arrays.sort(totals);
    Arrays.sort(cpuTotals);
    Arrays.sort(allocated);
    long parse = cases.stream().mapToLong(Case::parseNanos).sum();
    long[] medians = new long[cases.size()];
    for (int i = 0; i < cases.size(); i++) {
      Arrays.sort(times[i]);
      medians[i] = times[i][RUNS / 2];
    }
    int ops = cases.stream().mapToInt(c -> c.ops().size()).sum();
    int procs = cases.stream().mapToInt(c -> processes(c.ops())).max().orElse(0);
    out.printf("| %s | %d | ≤%d | %.1f | %.1f | %.1f | %.1f | %d | %s%s |%n", name, ops, procs, parse / 1e6,
        totals[RUNS / 2] / 1e6, cpuTotals[RUNS / 2] / 1e6, allocated[RUNS / 2] / 1e6, usedMb(), verdicts,
        wrong > 0 ? ", " + wrong + " NOT AS EXPECTED" : "");
    return medians;
  }

  private static String verdict(CheckResult r) {
    return r.isValid() ? "valid" : r.isInvalid() ? "invalid" : "unknown " + r.cause();
  }

  private static int processes(List<Op> ops) {
    return (int) ops.stream().filter(Op::isClient).map(Op::process).distinct().count();
  }

  private static long usedMb() {
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  private static List<String> lines(Path tsv) {
    try {
      List<String> all = Files.readAllLines(tsv);
      return all.subList(1, all.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".edn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
