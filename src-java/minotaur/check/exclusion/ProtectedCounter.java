package minotaur.check.exclusion;

import clojure.lang.Keyword;
import java.util.List;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * The locktorture check: every critical section increments a shared counter non-atomically (read,
 * a fault point, write), so two owners at once lose an increment. At rest the counter must equal
 * the number of sections entered: the {@code :ok} ones, plus any number of the indeterminate
 * ({@code :info}) ones, which may or may not have got in.
 */
public final class ProtectedCounter {
  private ProtectedCounter() {}

  /** {@code f} names the op that enters a section and increments ({@code :acquire}, {@code :exclusive}). */
  public static Verdict check(List<Op> history, String f, long counter) {
    Keyword k = Keyword.intern(f);
    long ok = 0;
    long maybe = 0;
    for (Call c : History.from(history).calls()) {
      if (!k.equals(c.invoke().f())) continue;
      if (c.ok()) ok++;
      else if (c.indeterminate()) maybe++;
    }
    boolean valid = counter >= ok && counter <= ok + maybe;
    return Verdict.holds(valid)
        .step(null, ok + " :" + f + " section(s) returned :ok" + (maybe > 0 ? ", " + maybe + " may have run" : "")
            + ": the counter must be " + (maybe > 0 ? "between " + ok + " and " + (ok + maybe) : "" + ok))
        .step(null, "the counter reads " + counter + " at rest").detail("entered", ok).detail("indeterminate", maybe).detail("counter", counter)
        .detail("lost", Math.max(0, ok - counter))
        .message("the protected counter is " + counter + " at rest after " + ok + " :" + f + " section(s) entered"
            + (maybe > 0 ? " and " + maybe + " indeterminate" : "")
            + (counter < ok ? ": " + (ok - counter) + " increment(s) lost to two owners at once" : ": more than entered"))
        .build();
  }
}
