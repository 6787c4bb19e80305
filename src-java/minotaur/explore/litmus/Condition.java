package minotaur.explore.litmus;

import java.util.Map;

/**
 * The final condition of a litmus file: a quantifier over a proposition on the final state
 * (registers {@code 0:r0}, locations {@code x}). herd7's reading: {@code exists p} asks whether
 * some execution ends in a state satisfying {@code p} (the test is "Allowed"); {@code ~exists p}
 * asks that none does ("Forbidden"); {@code forall p} that every one does ("Required"). The
 * answer is {@code Ok} when that holds, {@code No} otherwise.
 */
record Condition(Quantifier quantifier, Prop prop) {
  enum Quantifier {
    EXISTS("exists", "Allowed"), NOT_EXISTS("~exists", "Forbidden"), FORALL("forall", "Required");

    final String text;
    /** herd7's name for the kind of test this quantifier makes. */
    final String kind;

    Quantifier(String text, String kind) {
      this.text = text;
      this.kind = kind;
    }
  }

  /** A proposition on a final state, keyed as the outcome string is ({@code 0:r0}, {@code x}). */
  interface Prop {
    boolean holds(Map<String, Integer> state);
  }

  record Equals(String key, int value, boolean negated) implements Prop {
    @Override public boolean holds(Map<String, Integer> state) {
      return (state.get(key) == value) != negated;
    }

    @Override public String toString() {
      return key + (negated ? "!=" : "=") + value;
    }
  }

  record Not(Prop operand) implements Prop {
    @Override public boolean holds(Map<String, Integer> state) {
      return !operand.holds(state);
    }

    @Override public String toString() {
      return "~" + operand;
    }
  }

  record And(Prop left, Prop right) implements Prop {
    @Override public boolean holds(Map<String, Integer> state) {
      return left.holds(state) && right.holds(state);
    }

    @Override public String toString() {
      return "(" + left + " /\\ " + right + ")";
    }
  }

  record Or(Prop left, Prop right) implements Prop {
    @Override public boolean holds(Map<String, Integer> state) {
      return left.holds(state) || right.holds(state);
    }

    @Override public String toString() {
      return "(" + left + " \\/ " + right + ")";
    }
  }

  record Truth(boolean value) implements Prop {
    @Override public boolean holds(Map<String, Integer> state) {
      return value;
    }

    @Override public String toString() {
      return value ? "true" : "false";
    }
  }

  /** Whether {@code satisfying} executions whose final state satisfies the proposition, and {@code others}, make the answer Ok. */
  boolean ok(long satisfying, long others) {
    return switch (quantifier) {
      case EXISTS -> satisfying > 0;
      case NOT_EXISTS -> satisfying == 0;
      case FORALL -> others == 0;
    };
  }

  @Override public String toString() {
    String p = prop.toString();
    return quantifier.text + " " + (p.startsWith("(") ? p : "(" + p + ")");
  }
}
