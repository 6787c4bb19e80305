package minotaur.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minotaur.family.Expected;
import minotaur.family.Family;
import minotaur.family.Variant;

/**
 * What a variant declares a check must find, restricted to what {@code minotaur test} checks: the
 * memory models it explores under, and the stress run. A variant is expected violated when it
 * declares a violation under one of those models or in its run check, expected to hold otherwise
 * (an inconclusive declaration expects nothing). The declared models it does not explore are "not
 * covered", with what they expect.
 */
public record Declared(boolean violated, String property, String word, List<String> notCovered) {
  static Declared of(Variant v, List<String> models) {
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String m : models) {
      Expected e = Family.MEMORY_MODELS.contains(m) ? v.expected(m) : null;
      if (e != null && e.verdict() == Expected.Verdict.VIOLATED) {
        violations.computeIfAbsent(e.property(), p -> new ArrayList<>()).add(m);
      }
    }
    if (v.runExpected() != null && v.runExpected().verdict() == Expected.Verdict.VIOLATED) {
      violations.computeIfAbsent(v.runExpected().property(), p -> new ArrayList<>()).add("stress");
    }
    List<String> notCovered = new ArrayList<>();
    for (String m : Family.MEMORY_MODELS) {
      if (!models.contains(m)) notCovered.add(m + " (declared: " + v.expected(m).word() + ")");
    }
    if (violations.isEmpty()) return new Declared(false, null, "holds", notCovered);
    List<String> parts = new ArrayList<>();
    violations.forEach((p, where) -> parts.add("violates " + p + " under " + String.join(", ", where)));
    return new Declared(true, violations.keySet().iterator().next(), String.join("; ", parts), notCovered);
  }

  /** The declared property a violation found under {@code model} (or by a stress run: {@code real}) breaks, or null. */
  static String property(Variant v, String model) {
    if (model.equals(TestVerdict.REAL)) {
      if (v.runExpected() != null && v.runExpected().property() != null) return v.runExpected().property();
      for (String m : List.of("sc", "tso")) {
        if (v.expected(m).property() != null) return v.expected(m).property();
      }
      return null;
    }
    return Family.MEMORY_MODELS.contains(model) ? v.expected(model).property() : null;
  }
}
