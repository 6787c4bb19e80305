/**
 * Linearizability (WGL with memoised configurations, P-compositionality) and the Knossos-shaped
 * result.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 3. May import {@code model}
 * and {@code history} (and, until the "faults" change lands, {@code run}: the one documented
 * exclusion).
 */
package minotaur.check;
