package minotaur.explore.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Stateless depth-first search over choices (as in VeriSoft and CHESS): every run replays the
 * choices on the DFS stack from the start, then extends the schedule; after the run the deepest
 * node with an unexplored choice takes its next choice.
 *
 * <p>With no preemption bound, sleep sets (Godefroid, "Partial-Order Methods for the Verification
 * of Concurrent Systems", 1996) prune schedules that only reorder independent steps: after a
 * choice {@code c} has been explored from a node, the later siblings carry {@code c} in their sleep
 * set for as long as only steps independent of {@code c} run, since every schedule taking {@code c}
 * there is equivalent to one already explored. A run whose enabled choices are all asleep is
 * abandoned. Every Mazurkiewicz trace keeps at least one explored schedule, so every reachable
 * end state, assertion failure and deadlock is still found.
 *
 * <p>With a preemption bound (Musuvathi and Qadeer, PLDI 2007) a schedule may switch away from a
 * thread that could continue at most {@code bound} times; switches when the running thread
 * blocks or ends, and store-buffer flushes, are free. Sleep sets are then off: an equivalent
 * schedule that was explored may need more preemptions than the pruned one, so the combination
 * could miss schedules within the bound (Coons, Musuvathi, McKinley, OOPSLA 2013).
 */
public final class DfsStrategy implements Strategy {
  private static final class Node {
    final int enabled;
    final int sleep;
    final int preemptions;
    final int lastThread;
    int chosen;
    int done;

    Node(int enabled, int sleep, int preemptions, int lastThread) {
      this.enabled = enabled;
      this.sleep = sleep;
      this.preemptions = preemptions;
      this.lastThread = lastThread;
    }
  }

  private final int preemptionBound;
  private final boolean reduce;
  private final List<Node> stack = new ArrayList<>();
  private int depth;
  private int preemptions;
  private int lastThread = -1;
  private int childSleep;
  private boolean boundHit;
  private boolean finished;

  /** {@code preemptionBound < 0} means none (then sleep sets are used if {@code reduce}). */
  public DfsStrategy(int preemptionBound, boolean reduce) {
    this.preemptionBound = preemptionBound;
    this.reduce = reduce && preemptionBound < 0;
  }

  @Override public int choose(Schedule run, int[] enabled, int count) {
    Node node;
    if (depth < stack.size()) {
      node = stack.get(depth);
    } else {
      int mask = 0;
      for (int i = 0; i < count; i++) mask |= 1 << enabled[i];
      node = new Node(mask, childSleep, preemptions, lastThread);
      node.chosen = pick(node);
      if (node.chosen < 0) return -1;
      stack.add(node);
    }
    int c = node.chosen;
    if (reduce && depth + 1 >= stack.size()) childSleep = sleepAfter(run, node, c);
    preemptions = node.preemptions + (isPreemption(node, c) ? 1 : 0);
    if (!Choices.isFlush(c)) lastThread = Choices.thread(c);
    depth++;
    return c;
  }

  /** The choices of {@code node}'s sleep set and explored siblings that stay asleep after {@code c}. */
  private static int sleepAfter(Schedule run, Node node, int c) {
    int candidates = (node.sleep | node.done) & node.enabled & ~(1 << c);
    int sleep = 0;
    for (int s = 0; candidates != 0; s++, candidates >>>= 1) {
      if ((candidates & 1) != 0 && !run.dependent(s, c)) sleep |= 1 << s;
    }
    return sleep;
  }

  private static boolean isPreemption(Node node, int c) {
    if (Choices.isFlush(c) || node.lastThread < 0) return false;
    int t = Choices.thread(c);
    return t != node.lastThread && (node.enabled & (1 << Choices.step(node.lastThread))) != 0;
  }

  /**
   * The next choice to explore at {@code node}: the running thread first (no preemption), then
   * the other threads, then flushes; skipping explored, sleeping and over-bound choices.
   */
  private int pick(Node node) {
    int free = node.enabled & ~node.done & ~node.sleep;
    if (free == 0) return -1;
    if (node.lastThread >= 0 && (free & (1 << Choices.step(node.lastThread))) != 0) {
      return Choices.step(node.lastThread);
    }
    for (int c = 0; c < 2 * Choices.MAX_THREADS; c += 2) {
      if ((free & (1 << c)) != 0 && allowed(node, c)) return c;
    }
    for (int c = 1; c < 2 * Choices.MAX_THREADS; c += 2) {
      if ((free & (1 << c)) != 0) return c;
    }
    return -1;
  }

  private boolean allowed(Node node, int c) {
    if (preemptionBound < 0 || !isPreemption(node, c) || node.preemptions < preemptionBound) return true;
    boundHit = true;
    return false;
  }

  @Override public boolean next(int steps) {
    while (!stack.isEmpty()) {
      Node top = stack.get(stack.size() - 1);
      top.done |= 1 << top.chosen;
      int c = pick(top);
      if (c >= 0) {
        top.chosen = c;
        depth = 0;
        preemptions = 0;
        lastThread = -1;
        childSleep = 0;
        return true;
      }
      stack.remove(stack.size() - 1);
    }
    finished = true;
    return false;
  }

  @Override public boolean complete() {
    return true;
  }

  /**
   * Knuth's estimate of the fraction of the tree done, taking sibling subtrees as equal: the
   * explored share of the root's choices, plus the share of the current one that its own node has
   * done, and so on down the stack.
   */
  @Override public double explored() {
    if (finished) return 1;
    double fraction = 0;
    double weight = 1;
    for (Node node : stack) {
      int choices = Integer.bitCount(node.enabled & ~node.sleep);
      if (choices == 0) break;
      fraction += weight * Integer.bitCount(node.done & ~node.sleep) / choices;
      weight /= choices;
    }
    return fraction;
  }

  @Override public String bound() {
    if (preemptionBound >= 0) {
      return boundHit ? "exhaustive to preemption bound " + preemptionBound
          : "exhaustive (preemption bound " + preemptionBound + " never reached)";
    }
    return reduce ? "exhaustive with sleep-set reduction" : "exhaustive without reduction";
  }
}
