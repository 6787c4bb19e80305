package minotaur.check.reclaim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import java.util.List;
import java.util.Random;
import java.util.Set;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.os.Os;
import minotaur.prim.rcu.RcuTorture;
import minotaur.prim.rcu.RcuTortureClient;
import minotaur.prim.rcu.RcuVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bounded, seeded rcutorture runs: processes 0 and 1 read, process 2 updates and synchronizes,
 * process 3 updates through call_rcu; at quiescence one more synchronize_rcu and a drain. CORRECT
 * must pass; every mutant must be caught. Failures print the seed and the history path.
 */
class RcuTortureRunTest {
  static Op gen(int process, Random rng, int i) {
    switch (process) {
      case 0, 1:
        return Op.invoke(process, "read", null);
      case 2:
        return Op.invoke(process, rng.nextBoolean() ? "update" : "sync", null);
      default:
        return Op.invoke(process, "call-rcu", null);
    }
  }

  static IPersistentMap run(RcuVariant v, long seed, int ops) throws Exception {
    RcuTorture torture = new RcuTorture(v, Memory.jvm(), Os.jvm());
    try {
      ReclaimRun.Result r = ReclaimRun.run("rcu", v.name().toLowerCase(), seed, 4, ops,
          p -> new RcuTortureClient(torture, p)::invoke, RcuTortureRunTest::gen,
          ReclaimRun.delays(seed, Set.of("rcu.torture-read.hold", "rcu.read-lock.after-gp-read"), 0.3, 200),
          List.of(Op.invoke(0, "sync", null), Op.invoke(0, "drain", null)),
          p -> new RcuTortureClient(torture, p)::invoke);
      IPersistentMap verdict = RcuTortureChecker.check(r.history()).toEdn();
      System.out.println("rcu " + v + ": " + r.replay() + "\n  " + verdict.valAt(Keyword.intern("summary")));
      return verdict.assoc(Keyword.intern("replay"), r.replay());
    } finally {
      torture.close();
    }
  }

  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void verdictPerVariant(RcuVariant v) throws Exception {
    IPersistentMap verdict = run(v, 7, 300);
    assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED, verdict.valAt(Keyword.intern("valid?")), verdict.toString());
  }

  @Tag("slow")
  @ParameterizedTest
  @EnumSource(RcuVariant.class)
  void verdictPerVariantLong(RcuVariant v) throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      IPersistentMap verdict = run(v, seed, 5_000);
      assertEquals(v == RcuVariant.CORRECT || v == RcuVariant.FIXED, verdict.valAt(Keyword.intern("valid?")), verdict.toString());
    }
  }
}
