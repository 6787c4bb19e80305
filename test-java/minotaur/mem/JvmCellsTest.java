package minotaur.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sequential semantics of every access mode of the JVM cells (PORTING.md's table). */
class JvmCellsTest {
  private final Memory mem = Memory.jvm();

  @Test void intCellEveryMode() {
    IntCell c = mem.intCell("pending_cpus", 7);
    assertEquals("pending_cpus", c.name());
    assertEquals(7, c.getPlain());
    c.setPlain(1);
    assertEquals(1, c.getOpaque());
    c.setOpaque(2);
    assertEquals(2, c.getAcquire());
    c.setRelease(3);
    assertEquals(3, c.getVolatile());
    c.setVolatile(4);
    assertEquals(4, c.getAndSet(5));
    assertEquals(5, c.compareAndExchange(9, 6), "failed CAS returns the witness");
    assertEquals(5, c.compareAndExchange(5, 6), "successful CAS returns the old value");
    assertFalse(c.compareAndSet(5, 0));
    assertTrue(c.compareAndSet(6, 0b0101));
    assertEquals(0b0101, c.getAndAdd(2));
    assertEquals(0b0111, c.getAndBitwiseAnd(0b0011));
    assertEquals(0b0011, c.getAndBitwiseOr(0b1000));
    assertEquals(0b1011, c.getPlain());
    assertEquals("pending_cpus=11", c.toString());
  }

  @Test void longCellEveryMode() {
    LongCell c = mem.longCell("seq", Long.MAX_VALUE - 1);
    assertEquals(Long.MAX_VALUE - 1, c.getAndAdd(1));
    assertEquals(Long.MAX_VALUE, c.getVolatile());
    c.setOpaque(10);
    c.setRelease(c.getAcquire() + 2);
    c.setPlain(c.getPlain() * 2);
    assertEquals(24, c.getOpaque());
    assertEquals(24, c.getAndSet(1));
    assertEquals(1, c.compareAndExchange(1, 2));
    assertTrue(c.compareAndSet(2, 0xF0));
    assertEquals(0xF0, c.getAndBitwiseOr(0x0F));
    assertEquals(0xFF, c.getAndBitwiseAnd(0x3C));
    c.setVolatile(c.getVolatile() + 1);
    assertEquals(0x3D, c.getPlain());
  }

  @Test void boolCellEveryMode() {
    BoolCell c = mem.boolCell("has_waiter", false);
    c.setPlain(true);
    assertTrue(c.getOpaque());
    c.setOpaque(false);
    assertFalse(c.getAcquire());
    c.setRelease(true);
    assertTrue(c.getVolatile());
    c.setVolatile(false);
    assertFalse(c.getAndSet(true));
    assertTrue(c.compareAndExchange(false, false), "failed CAS returns the witness");
    assertTrue(c.compareAndExchange(true, false));
    assertFalse(c.getPlain());
  }

  @Test void refCellComparesByIdentityAsPointersDo() {
    String a = new String("node");
    String equalButNotSame = new String("node");
    RefCell<String> c = mem.refCell("active_timers", a);
    assertFalse(c.compareAndSet(equalButNotSame, "x"), "CAS compares pointers, not equals()");
    assertSame(a, c.compareAndExchange(equalButNotSame, "x"));
    assertTrue(c.compareAndSet(a, null));
    assertNull(c.getAcquire());
    c.setRelease(a);
    assertSame(a, c.getAndSet(equalButNotSame));
    c.setOpaque(c.getOpaque() + "!");
    c.setPlain(c.getPlain() + "?");
    c.setVolatile(c.getVolatile() + ".");
    assertEquals("node!?.", c.getVolatile());
  }

  @Test void fencesAreCallable() {
    mem.fullFence();
    mem.storeStoreFence();
    mem.loadLoadFence();
    mem.acquireFence();
    mem.releaseFence();
    assertEquals("jvm", mem.toString());
  }
}
