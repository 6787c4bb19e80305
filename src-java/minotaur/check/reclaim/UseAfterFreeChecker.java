package minotaur.check.reclaim;

import clojure.lang.IPersistentMap;
import clojure.lang.Keyword;
import clojure.lang.Util;
import java.util.ArrayList;
import java.util.List;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * T5 (PROPERTIES.md 004): no read-side critical section dereferences freed memory. The clients
 * detect each stale dereference as it happens (the checking heap) and attach it to the reader's
 * completion as {@code :use-after-free [{... :free {:site {:process p :f :free :value t}}}]}; this
 * checker gathers them and names, for each, the reader's op and the free that preceded it, found
 * in the history as the latest invocation of the freeing site before the reader completed.
 */
public final class UseAfterFreeChecker {
  static final Keyword USE_AFTER_FREE = Keyword.intern("use-after-free");
  private static final Keyword FREE = Keyword.intern("free");
  private static final Keyword SITE = Keyword.intern("site");

  private UseAfterFreeChecker() {}

  /** {@code {:valid? bool :count n :violations [{:reader op :free-op op ...}] :summary "..."}}. */
  public static Verdict check(List<Op> history) {
    List<Call> calls = History.from(history).calls();
    List<IPersistentMap> violations = new ArrayList<>();
    String first = null;
    for (Call c : calls) {
      Op op = c.completion();
      if (op == null || !(op.get(USE_AFTER_FREE.getName()) instanceof List<?> reads)) continue;
      for (Object r : reads) {
        IPersistentMap read = (IPersistentMap) r;
        Op freeOp = freeOp(calls, c.completionAt(), read);
        IPersistentMap v = read.assoc(Keyword.intern("reader"), op.toMap());
        if (freeOp != null) v = v.assoc(Keyword.intern("free-op"), freeOp.toMap());
        violations.add(v);
        if (first == null) first = describe(op, read, freeOp);
      }
    }
    return Violations.verdict(violations, violations.isEmpty()
        ? "no read-side critical section saw freed memory"
        : violations.size() + " use-after-free read(s); first: " + first);
  }

  /** The free that ended the allocation the reader used: the site's latest invocation before. */
  private static Op freeOp(List<Call> calls, int readerEnd, IPersistentMap read) {
    Object free = read.valAt(FREE);
    if (!(free instanceof IPersistentMap f) || !(f.valAt(SITE) instanceof IPersistentMap site)) return null;
    Object process = site.valAt(Keyword.intern("process"));
    Object fn = site.valAt(Keyword.intern("f"));
    Object value = site.valAt(Keyword.intern("value"));
    for (int j = calls.size() - 1; j >= 0; j--) {
      Call c = calls.get(j);
      if (c.invokeAt() < readerEnd && Util.equiv((long) c.invoke().processId(), process)
          && Util.equiv(c.f(), fn) && (value == null || Util.equiv(c.invoke().value(), value))) {
        return c.invoke();
      }
    }
    return null;
  }

  private static String describe(Op reader, IPersistentMap read, Op freeOp) {
    Object what = read.valAt(Keyword.intern("function"), read.valAt(Keyword.intern("version"), "a read"));
    String s = "process " + reader.process() + " " + reader.f() + " (index " + reader.index() + ") read "
        + read.valAt(Keyword.intern("kind"), Keyword.intern("freed")) + " memory in " + what;
    if (freeOp != null) {
      return s + ", freed by process " + freeOp.process() + " " + freeOp.f() + " " + freeOp.value()
          + " (index " + freeOp.index() + ")";
    }
    Object free = read.valAt(FREE);
    return free == null ? s : s + ", freed by " + ((IPersistentMap) free).valAt(SITE);
  }
}
