package minotaur.explore.litmus;

import java.util.Locale;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.mem.Order;

/**
 * A C11 {@code memory_order_*} of a litmus file and how it runs on a {@link minotaur.mem} cell,
 * following PORTING.md: relaxed is opaque, consume and acquire loads are acquire loads (consume
 * is promoted, as every compiler does), release stores are release stores, seq_cst accesses are
 * volatile, and read-modify-writes take the matching {@link Order}. Fences: seq_cst is {@code
 * fullFence}, acquire (and consume) {@code acquireFence}, release {@code releaseFence}, acq_rel
 * both, relaxed nothing (C11 gives a relaxed fence no effect).
 */
enum C11Order {
  RELAXED, CONSUME, ACQUIRE, RELEASE, ACQ_REL, SEQ_CST;

  /** The order named {@code memory_order_<name>}, or null. */
  static C11Order named(String text) {
    if (!text.startsWith("memory_order_")) return null;
    for (C11Order o : values()) {
      if (o.name().toLowerCase(Locale.ROOT).equals(text.substring("memory_order_".length()))) return o;
    }
    return null;
  }

  String cName() {
    return "memory_order_" + name().toLowerCase(Locale.ROOT);
  }

  boolean validForLoad() {
    return this != RELEASE && this != ACQ_REL;
  }

  boolean validForStore() {
    return this == RELAXED || this == RELEASE || this == SEQ_CST;
  }

  int load(IntCell cell) {
    return switch (this) {
      case RELAXED -> cell.getOpaque();
      case CONSUME, ACQUIRE -> cell.getAcquire();
      case SEQ_CST -> cell.getVolatile();
      default -> throw new IllegalStateException(cName() + " load");
    };
  }

  void store(IntCell cell, int v) {
    switch (this) {
      case RELAXED -> cell.setOpaque(v);
      case RELEASE -> cell.setRelease(v);
      case SEQ_CST -> cell.setVolatile(v);
      default -> throw new IllegalStateException(cName() + " store");
    }
  }

  void fence(Memory memory) {
    switch (this) {
      case RELAXED -> { }
      case CONSUME, ACQUIRE -> memory.acquireFence();
      case RELEASE -> memory.releaseFence();
      case ACQ_REL -> {
        memory.acquireFence();
        memory.releaseFence();
      }
      case SEQ_CST -> memory.fullFence();
    }
  }

  /** The order of a read-modify-write (consume is promoted to acquire). */
  Order rmw() {
    return switch (this) {
      case RELAXED -> Order.RELAXED;
      case CONSUME, ACQUIRE -> Order.ACQUIRE;
      case RELEASE -> Order.RELEASE;
      case ACQ_REL -> Order.ACQ_REL;
      case SEQ_CST -> Order.SEQ_CST;
    };
  }
}
