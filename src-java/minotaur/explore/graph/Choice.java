package minotaur.explore.graph;

/**
 * A choice fixed in advance for one event of a re-executed graph: which write the read of thread
 * {@code thread}'s event {@code index} reads from (a forward revisit, a backward revisit, or a
 * replayed token), or where that write goes in mo. {@code NONE} only fixes the thread order (a
 * replayed token's fences and plain events).
 *
 * @param sourceThread the thread of the write read from, -1 for the initial write
 * @param sourceIndex its index in that thread (ignored for the initial write)
 * @param position the index in mo a write is inserted at (1: right after the initial write)
 * @param backward whether the read is re-added by a backward revisit (it reads a write first added after it)
 */
record Choice(Kind kind, int thread, int index, int sourceThread, int sourceIndex, int position, boolean addedMax,
    boolean backward) {
  enum Kind { NONE, READ_FROM, MO }

  Choice(Kind kind, int thread, int index, int sourceThread, int sourceIndex, int position, boolean addedMax) {
    this(kind, thread, index, sourceThread, sourceIndex, position, addedMax, false);
  }

  static Choice readFrom(Event e, Event source, boolean addedMax) {
    return new Choice(Kind.READ_FROM, e.thread, e.index, source.thread, source.index, 0, addedMax);
  }

  /** The choice of a backward revisit: {@code r} reads {@code a}, which was added after it. */
  static Choice revisit(Event r, Event a, boolean addedMax) {
    return new Choice(Kind.READ_FROM, r.thread, r.index, a.thread, a.index, 0, addedMax, true);
  }

  /** The write {@code c} names, in {@code g} at location {@code loc}. */
  Event source(Graph g, int loc) {
    if (sourceThread < 0) return g.init(loc);
    if (sourceIndex >= g.size(sourceThread)) return null;
    return g.thread(sourceThread).get(sourceIndex);
  }

  /** The token text: {@code 0}, {@code 0ri}, {@code 0r1-3}, {@code 0w2}. */
  String text() {
    return switch (kind) {
      case NONE -> "" + thread;
      case READ_FROM -> thread + "r" + (sourceThread < 0 ? "i" : sourceThread + "-" + sourceIndex);
      case MO -> thread + "w" + position;
    };
  }

  /**
   * Parses {@link #text()}; the index is filled in when the event is reached. Every number is 0
   * or more (a negative thread, source or position names nothing: NumberFormatException).
   */
  static Choice parse(String item) {
    int r = item.indexOf('r');
    int w = item.indexOf('w');
    if (r > 0) {
      int t = natural(item.substring(0, r));
      String src = item.substring(r + 1);
      if (src.equals("i")) return new Choice(Kind.READ_FROM, t, -1, -1, 0, 0, true);
      int dash = src.indexOf('-');
      return new Choice(Kind.READ_FROM, t, -1, natural(src.substring(0, dash)), natural(src.substring(dash + 1)), 0, true);
    }
    if (w > 0) {
      return new Choice(Kind.MO, natural(item.substring(0, w)), -1, 0, 0, natural(item.substring(w + 1)), true);
    }
    return new Choice(Kind.NONE, natural(item), -1, 0, 0, 0, true);
  }

  private static int natural(String text) {
    int n = Integer.parseInt(text);
    if (n < 0) throw new NumberFormatException("negative: " + text);
    return n;
  }
}
