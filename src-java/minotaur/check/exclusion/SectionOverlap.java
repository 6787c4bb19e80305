package minotaur.check.exclusion;

import clojure.lang.Keyword;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minotaur.check.Verdict;
import minotaur.history.Call;
import minotaur.history.History;
import minotaur.history.Op;

/**
 * Mutual exclusion judged directly from recorded intervals, without a linearizability search
 * (PROPERTIES E1, X1). Sections are recorded strictly inside the real ones (see {@link Section}),
 * so every overlap reported here happened; an indeterminate acquisition ({@code :info}) yields no
 * section, so none is invented.
 *
 * <p>Two section shapes: {@link #execAndExclusive} reads QEMU's {@code :exec} (shared) and
 * {@code :exclusive} ops, each recorded inside its section (an {@code :info} one was abandoned
 * while blocked entering: no section); {@link #lock} reads a lock's {@code :acquire} ...
 * {@code :release}, inside from the acquire's {@code :ok} to the release's {@code :invoke}. A
 * release whose {@code :value} is a process number was issued for that process by the quiescence
 * hook.
 */
public final class SectionOverlap {
  private static final Keyword EXEC = Keyword.intern("exec");
  private static final Keyword EXCLUSIVE = Keyword.intern("exclusive");
  private static final Keyword ACQUIRE = Keyword.intern("acquire");
  private static final Keyword RELEASE = Keyword.intern("release");
  /** How many overlapping pairs a verdict lists. */
  private static final int SHOWN = 10;

  private SectionOverlap() {}

  /** Checks {@code :exec} (shared) against {@code :exclusive} (exclusive) sections. */
  public static Verdict execAndExclusive(List<Op> history) {
    List<Section> sections = new ArrayList<>();
    for (Call c : History.from(history).calls()) {
      boolean exclusive = EXCLUSIVE.equals(c.invoke().f());
      if (!exclusive && !EXEC.equals(c.invoke().f())) continue;
      // :fail did not happen; :info means the runner gave up while the op was blocked entering.
      if (c.completion() != null && !c.completion().isOk()) continue;
      int to = c.completion() == null ? history.size() : c.completionAt();
      sections.add(new Section(c.invoke().process(), exclusive, c.invokeAt(), to, c.invoke(),
          c.completion()));
    }
    return judge(sections);
  }

  /** Checks a lock's critical sections, each from an {@code :acquire :ok} to the next {@code :release} invoke. */
  public static Verdict lock(List<Op> history) {
    List<Section> sections = new ArrayList<>();
    Map<Object, Call> holding = new HashMap<>();
    for (Call c : History.from(history).calls()) {
      Object p = c.invoke().process();
      if (ACQUIRE.equals(c.invoke().f()) && c.ok()) {
        holding.put(p, c);
      } else if (RELEASE.equals(c.invoke().f())) {
        Object owner = ownerReleased(c.invoke());
        Call a = holding.remove(owner);
        if (a != null) {
          sections.add(new Section(owner, true, a.completionAt(), c.invokeAt(), a.completion(),
              c.invoke()));
        }
      }
    }
    for (Map.Entry<Object, Call> e : holding.entrySet()) {
      Call a = e.getValue();
      sections.add(new Section(e.getKey(), true, a.completionAt(), history.size(), a.completion(), null));
    }
    return judge(sections);
  }

  /**
   * The process whose section a release ends: its own, or, for a release issued on its behalf at
   * quiescence, the process named by its {@code :value}.
   */
  private static Object ownerReleased(Op release) {
    if (release.value() instanceof Number n) return (int) n.longValue();
    return release.process();
  }

  private static Verdict judge(List<Section> sections) {
    sections.sort((a, b) -> Integer.compare(a.from(), b.from()));
    List<Object> shown = new ArrayList<>();
    Section[] first = null;
    long count = 0;
    List<Section> active = new ArrayList<>();
    for (Section s : sections) {
      active.removeIf(a -> a.to() <= s.from());
      for (Section a : active) {
        if (a.conflicts(s)) {
          count++;
          if (shown.size() < SHOWN) shown.add(List.of(a.toEdn(), s.toEdn()));
          if (first == null) first = new Section[] {a, s};
        }
      }
      active.add(s);
    }
    Verdict.Builder b = Verdict.holds(count == 0).detail("sections", sections.size()).detail("overlap-count", count)
        .detail("overlaps", shown);
    if (first != null) {
      Section a = first[0], s = first[1];
      b.message(count + " overlap(s) of critical sections; first: process " + a.process() + "'s " + a.kind()
          + " section and process " + s.process() + "'s " + s.kind() + " section")
          .failing(s.start())
          .step(a.start(), "process " + a.process() + " is inside its " + a.kind() + " section")
          .step(s.start(), "process " + s.process() + " is inside its " + s.kind() + " section too, before "
              + (a.end() == null ? "the first ever left" : "the first left"));
      if (a.end() != null) b.step(a.end(), "process " + a.process() + " leaves only now");
    }
    return b.build();
  }
}
