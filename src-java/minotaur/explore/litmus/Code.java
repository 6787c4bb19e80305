package minotaur.explore.litmus;

import java.util.List;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;

/**
 * The code of a litmus thread, as a tree the thread interprets on its run's cells. Every shared
 * access goes through a {@link minotaur.mem.IntCell} method chosen by {@link C11Order} (or the
 * plain one for a non-atomic {@code *x}), so each is one scheduling point of the explorer;
 * registers are thread-local ints and cost no step.
 */
final class Code {
  private Code() {}

  /**
   * One thread's state in one run: the run's cells (by global index), its registers, and the
   * run's {@link GraphLog} (null when the run does not record its execution graph).
   */
  static final class Frame {
    final Memory memory;
    final IntCell[] cells;
    final int[] registers;
    final int thread;
    final GraphLog graph;

    Frame(Memory memory, IntCell[] cells, int registers, int thread, GraphLog graph) {
      this.memory = memory;
      this.cells = cells;
      this.registers = new int[registers];
      this.thread = thread;
      this.graph = graph;
    }

    void read(int cell) {
      if (graph != null) graph.read(thread, cell);
    }

    void write(int cell) {
      if (graph != null) graph.write(thread, cell);
    }

    void update(int cell) {
      if (graph != null) graph.update(thread, cell);
    }
  }

  interface Expr {
    int eval(Frame f);
  }

  interface Stmt {
    void run(Frame f);
  }

  record Constant(int value) implements Expr {
    @Override public int eval(Frame f) { return value; }
  }

  record Register(int index) implements Expr {
    @Override public int eval(Frame f) { return f.registers[index]; }
  }

  /** {@code *x} on a non-atomic location, or {@code atomic_load_explicit(x, mo)} ({@code order} non-null). */
  record Load(int cell, C11Order order) implements Expr {
    @Override public int eval(Frame f) {
      int v = order == null ? f.cells[cell].getPlain() : order.load(f.cells[cell]);
      f.read(cell);
      return v;
    }
  }

  enum RmwOp { EXCHANGE, ADD, SUB, OR, AND }

  /** {@code atomic_exchange_explicit}, {@code atomic_fetch_<op>_explicit}: returns the old value. */
  record Rmw(RmwOp op, int cell, Expr operand, C11Order order) implements Expr {
    @Override public int eval(Frame f) {
      IntCell c = f.cells[cell];
      int v = operand.eval(f);
      int old = switch (op) {
        case EXCHANGE -> c.getAndSet(v, order.rmw());
        case ADD -> c.getAndAdd(v, order.rmw());
        case SUB -> c.getAndAdd(-v, order.rmw());
        // IntCell has no explicit-order or/and: these run seq-cst, stronger than asked.
        case OR -> c.getAndBitwiseOr(v);
        case AND -> c.getAndBitwiseAnd(v);
      };
      f.update(cell);
      return old;
    }
  }

  /** Where a compare-exchange keeps its expected value: a register ({@code &r}) or a non-atomic location ({@code z}). */
  interface Expected {
    int get(Frame f);

    void set(Frame f, int v);
  }

  record InRegister(int index) implements Expected {
    @Override public int get(Frame f) { return f.registers[index]; }
    @Override public void set(Frame f, int v) { f.registers[index] = v; }
  }

  /** herd7's {@code atomic_compare_exchange_strong(y, z, v)} with {@code z} a location: plain accesses of it. */
  record InLocation(int cell) implements Expected {
    @Override public int get(Frame f) {
      int v = f.cells[cell].getPlain();
      f.read(cell);
      return v;
    }

    @Override public void set(Frame f, int v) {
      f.cells[cell].setPlain(v);
      f.write(cell);
    }
  }

  /**
   * {@code atomic_compare_exchange_strong_explicit(x, &r, v, success, failure)}: 1 if {@code x}
   * held {@code r} and now holds {@code v}; else 0, with the value seen written to {@code r}.
   */
  record CompareExchange(int cell, Expected expected, Expr desired, C11Order success, C11Order failure)
      implements Expr {
    @Override public int eval(Frame f) {
      int want = expected.get(f);
      int witness = f.cells[cell].compareAndExchange(want, desired.eval(f), success.rmw(), failure.rmw());
      if (witness == want) {
        f.update(cell);
        return 1;
      }
      f.read(cell);
      expected.set(f, witness);
      return 0;
    }
  }

  record Unary(String op, Expr operand) implements Expr {
    @Override public int eval(Frame f) {
      int v = operand.eval(f);
      return switch (op) {
        case "-" -> -v;
        case "!" -> v == 0 ? 1 : 0;
        case "~" -> ~v;
        default -> throw new IllegalStateException(op);
      };
    }
  }

  /** A binary operator; {@code &&} and {@code ||} short-circuit as in C. */
  record Binary(String op, Expr left, Expr right) implements Expr {
    @Override public int eval(Frame f) {
      int a = left.eval(f);
      if (op.equals("&&")) return a != 0 && right.eval(f) != 0 ? 1 : 0;
      if (op.equals("||")) return a != 0 || right.eval(f) != 0 ? 1 : 0;
      int b = right.eval(f);
      return switch (op) {
        case "+" -> a + b;
        case "-" -> a - b;
        case "*" -> a * b;
        case "%" -> b == 0 ? 0 : a % b;
        case "^" -> a ^ b;
        case "&" -> a & b;
        case "|" -> a | b;
        case "==" -> a == b ? 1 : 0;
        case "!=" -> a != b ? 1 : 0;
        case "<" -> a < b ? 1 : 0;
        case ">" -> a > b ? 1 : 0;
        case "<=" -> a <= b ? 1 : 0;
        case ">=" -> a >= b ? 1 : 0;
        default -> throw new IllegalStateException(op);
      };
    }
  }

  record Assign(int register, Expr value) implements Stmt {
    @Override public void run(Frame f) { f.registers[register] = value.eval(f); }
  }

  /** {@code *x = v} on a non-atomic location, or {@code atomic_store_explicit(x, v, mo)}. */
  record Store(int cell, Expr value, C11Order order) implements Stmt {
    @Override public void run(Frame f) {
      int v = value.eval(f);
      if (order == null) f.cells[cell].setPlain(v); else order.store(f.cells[cell], v);
      f.write(cell);
    }
  }

  record Fence(C11Order order) implements Stmt {
    @Override public void run(Frame f) { order.fence(f.memory); }
  }

  /** An expression evaluated for its effect, e.g. a bare {@code atomic_fetch_add_explicit(...)}. */
  record Effect(Expr expr) implements Stmt {
    @Override public void run(Frame f) { expr.eval(f); }
  }

  record If(Expr condition, Stmt then, Stmt otherwise) implements Stmt {
    @Override public void run(Frame f) {
      if (condition.eval(f) != 0) then.run(f);
      else if (otherwise != null) otherwise.run(f);
    }
  }

  record Block(List<Stmt> body) implements Stmt {
    @Override public void run(Frame f) {
      for (Stmt s : body) s.run(f);
    }
  }
}
