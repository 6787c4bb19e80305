package minotaur.fault;

import clojure.lang.Keyword;
import clojure.lang.PersistentVector;

/**
 * How long a delay or pause lasts, in nanoseconds: fixed, uniform in {@code [min, max]}, or
 * exponential with a mean (capped at 20 means, so one draw cannot stall a run). Sampling is a pure
 * function of a uniform number in {@code [0, 1)}, so the plan's per-thread random stream fixes it.
 */
public sealed interface DelayDistribution {
  /** A duration in nanoseconds for {@code u} uniform in {@code [0, 1)}. */
  long sample(double u);

  /** The EDN form: {@code [:fixed n]}, {@code [:uniform min max]} or {@code [:exponential mean]}. */
  Object toEdn();

  static DelayDistribution fixed(long nanos) {
    return new Fixed(nanos);
  }

  static DelayDistribution uniform(long minNanos, long maxNanos) {
    return new Uniform(minNanos, maxNanos);
  }

  static DelayDistribution exponential(long meanNanos) {
    return new Exponential(meanNanos);
  }

  record Fixed(long nanos) implements DelayDistribution {
    public Fixed {
      if (nanos < 0) throw new IllegalArgumentException("negative duration: " + nanos + "ns");
    }

    @Override public long sample(double u) { return nanos; }

    @Override public Object toEdn() { return PersistentVector.create(Keyword.intern("fixed"), nanos); }
  }

  record Uniform(long minNanos, long maxNanos) implements DelayDistribution {
    public Uniform {
      if (minNanos < 0 || maxNanos < minNanos) {
        throw new IllegalArgumentException("bad uniform range: " + minNanos + "ns.." + maxNanos + "ns");
      }
    }

    @Override public long sample(double u) {
      return minNanos + (long) (u * (maxNanos - minNanos + 1));
    }

    @Override public Object toEdn() {
      return PersistentVector.create(Keyword.intern("uniform"), minNanos, maxNanos);
    }
  }

  record Exponential(long meanNanos) implements DelayDistribution {
    public Exponential {
      if (meanNanos <= 0) throw new IllegalArgumentException("exponential mean must be positive: " + meanNanos + "ns");
    }

    @Override public long sample(double u) {
      return (long) Math.min(-Math.log1p(-u) * meanNanos, 20.0 * meanNanos);
    }

    @Override public Object toEdn() {
      return PersistentVector.create(Keyword.intern("exponential"), meanNanos);
    }
  }
}
