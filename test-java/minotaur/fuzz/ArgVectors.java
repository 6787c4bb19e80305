package minotaur.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines: a subcommand (or none, or a wrong one), then up to six tokens in any order from
 * the real options of every subcommand, their real and wrong values, and junk. The commands that
 * run things get small sizes appended ({@link #sized}), so every case is quick; a value given
 * twice is then bad usage, which is a fine outcome too.
 */
final class ArgVectors {
  private ArgVectors() {}

  static final List<String> COMMANDS = List.of("check", "report", "inspect", "explore", "run", "test", "bench", "nope",
      "--help", "--version", "", "CHECK");

  static final List<String> TOKENS = List.of("--model", "cas-register", "register", "timer-list", "casregister", "mutex",
      "--init", "0", "{:x", "{:x 0 :y 0}", "--initial", "--time-limit", "10", "1s", "500ms", "-1s", "99999999999999999h",
      "0s", "--max-configs", "-5", "100", "--out", "-o", "--output", "--seed", "x", "9999999999999999999999", "-1",
      "--memory-model", "sc", "tso", "ra", "rc11", "arm", "sc,tso", "--bound", "--random", "3", "--replay",
      "litmus/sb:tso:0*2", "litmus/sb:tso:0*99999999", "litmus/sb:ra:g.0w1.1w1.0ri.1ri", "--variant", "seed",
      "fixed", "mutant", "correct", "no-kick", "--threads", "2", "--ops", "--list", "--help", "--version", "--edn",
      "--knossos", "--process", "--f", "read,write", "--from", "250ms", "--to", "zz", "--around", "--limit",
      "--summary-only", "--result", "--lenient", "--compare", "--max-ops", "--title", "--engine", "graph",
      "interleaving", "--max-steps", "--max-schedules", "--pct-depth", "--spurious", "--litmus", "--faults",
      "--print-faults", "--aim", "--stress-faults", "aimed", "uniform", "--html", "--keep-going", "--op-timeout", "--quiesce", "--budget", "--all-findings",
      "--option", "linearizable=true", "x=y", "=", "-D", "delay=50us", "delay-us=50", "linear-limit=10", "--shared", "xen", "aio", "rcu", "qemu-event", "exclusive",
      "cas-register", "litmus/sb", "litmus/mp", "xen/seed/handover", "qemu-event/seed/promela", "HISTORY",
      "HISTORY", "PLAN", "LITMUS", "DIR", "-", "--", "--model=", "--seed=1", "\u0000", "a\u0000b", "é", "",
      " ", "-h", "-V", "--bogus");

  /** A command line with the placeholder tokens made paths under {@code dir}. */
  static List<String> argv(Gen g, Path dir) {
    List<String> args = new ArrayList<>();
    String command = g.oneOf(COMMANDS);
    if (!command.isEmpty()) args.add(command);
    for (String t : g.listOf(6, () -> g.oneOf(TOKENS))) args.add(placed(t, dir));
    return sized(g, args, dir);
  }

  private static String placed(String token, Path dir) {
    return switch (token) {
      case "HISTORY" -> dir.resolve("h.edn").toString();
      case "PLAN" -> dir.resolve("plan.edn").toString();
      case "LITMUS" -> LitmusTexts.DIR.resolve("SB.litmus").toString();
      case "DIR" -> dir.toString();
      default -> token;
    };
  }

  /** Small sizes for the commands that run things; a file argument for those that read one. */
  static List<String> sized(Gen g, List<String> given, Path dir) {
    List<String> args = new ArrayList<>(given);
    if (args.isEmpty()) return args;
    String out = dir.resolve("out").toString();
    switch (args.get(0)) {
      case "check", "report", "inspect" -> {
        if (g.chance(0.8)) args.add(1, dir.resolve("h.edn").toString());
        if (args.get(0).equals("report") && !args.contains("-o")) args.addAll(List.of("-o", dir.resolve("r.html").toString()));
      }
      case "run" -> {
        if (g.chance(0.7)) args.add(1, g.oneOf("xen", "cas-register", "aio", "timer-list", "rcu", "qemu-event", "exclusive"));
        args.addAll(List.of("--ops", "10", "--threads", "2", "--quiesce", "20ms", "--op-timeout", "1s", "--out", out));
      }
      case "explore" -> args.addAll(List.of("--max-schedules", "50", "--max-steps", "200", "--time-limit", "1s",
          "--out", out));
      case "test" -> {
        args.removeIf(a -> a.equals("all") || a.equals("--all-findings"));
        if (g.chance(0.7)) args.add(1, g.oneOf("xen", "cas-register", "rcu", "nope"));
        args.addAll(List.of("--budget", "200ms", "--variant", g.oneOf("seed", "correct", "bogus"), "--memory-model", "sc",
            "--out", out));
      }
      case "bench" -> args.removeIf(a -> a.equals("checker"));
      default -> { }
    }
    return args;
  }
}
