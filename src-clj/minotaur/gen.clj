(ns minotaur.gen
  "Jepsen-style generators from Clojure: the combinators of `minotaur.gen.Gen`, with generators
  as data as in `jepsen.generator`. Anywhere a generator is expected you may pass:

    a map          {:f :read} or {:f :write :value 3}: that op once, to some free process
    a function     (fn [ctx] ...) called for every op, returning data (nil ends it); infinite
    a sequence     its elements one after another
    nil            nothing
    a Generator    itself

  Times are in seconds, as in Jepsen. Every random choice comes from the context's seeded
  source: use `rand-int` with the context inside function generators."
  (:refer-clojure :exclude [repeat cycle concat delay rand-int])
  (:import (java.time Duration)
           (java.util.function Function Predicate)
           (minotaur.gen Context Gen Generator Simulation)
           (minotaur.history Op)))

(defn- duration ^Duration [seconds]
  (Duration/ofNanos (long (* 1e9 seconds))))

(declare ->gen)

(defn- op-gen [m]
  (let [extra (dissoc m :f :value :type :process :time)]
    (Gen/op (:f m) (:value m) (when (seq extra) extra))))

(defn ->gen
  "Coerces generator data (map, function, sequence, nil or Generator) to a Generator."
  ^Generator [x]
  (cond
    (instance? Generator x) x
    (nil? x) (Gen/nothing)
    (map? x) (op-gen x)
    (fn? x) (Gen/fn (reify Function (apply [_ ctx] (some-> (x ctx) ->gen))))
    (sequential? x) (Gen/concat ^java.util.List (mapv ->gen x))
    :else (throw (IllegalArgumentException. (str "not a generator: " (pr-str x))))))

(defn rand-int
  "A random integer in [0, n) from the context's seeded source."
  [^Context ctx n]
  (.nextInt (.random ctx) (int n)))

(defn once [g] (Gen/once (->gen g)))
(defn limit [n g] (Gen/limit (long n) (->gen g)))

(defn repeat
  "g's first op forever, or n times."
  ([g] (Gen/repeat (->gen g)))
  ([n g] (Gen/repeat (long n) (->gen g))))

(defn cycle [g] (Gen/cycle (->gen g)))
(defn mix [gs] (Gen/mix ^java.util.List (mapv ->gen gs)))
(defn time-limit [seconds g] (Gen/timeLimit (duration seconds) (->gen g)))
(defn stagger [seconds g] (Gen/stagger (duration seconds) (->gen g)))
(defn delay [seconds g] (Gen/delay (duration seconds) (->gen g)))
(defn sleep [seconds] (Gen/sleep (duration seconds)))
(defn each-thread [g] (Gen/eachThread (->gen g)))
(defn synchronize [g] (Gen/synchronize (->gen g)))
(defn phases [& gs] (Gen/phases (into-array Generator (map ->gen gs))))
(defn concat [& gs] (Gen/concat ^java.util.List (mapv ->gen gs)))
(defn any [& gs] (Gen/any (into-array Generator (map ->gen gs))))

(defn on-threads
  "g on the threads satisfying pred (a function or a set, e.g. #{0 1} or #{:nemesis})."
  [pred g]
  (Gen/onThreads (reify Predicate (test [_ t] (boolean (pred t)))) (->gen g)))

(defn clients [g] (Gen/clients (->gen g)))

(defn nemesis
  "With one argument, g on the nemesis thread. With two, client ops from client-gen with nemesis
  ops from nemesis-gen alongside, until client-gen is exhausted."
  ([g] (Gen/nemesis (->gen g)))
  ([nemesis-gen client-gen] (Gen/withNemesis (->gen nemesis-gen) (->gen client-gen))))

(defn reserve
  "(reserve 5 writes 10 cas reads): the first 5 client threads run writes, the next 10 cas, the
  rest reads."
  [& args]
  (let [pairs (partition 2 (butlast args))]
    (Gen/reserve (int-array (map first pairs))
                 (into-array Generator (map (comp ->gen second) pairs))
                 (->gen (last args)))))

(defn faults-on
  "A nemesis that installs the run's fault plan at the start."
  []
  (Gen/faultsOn))

(defn fault-windows
  "A nemesis switching the fault plan on for `on` seconds, off for `off`, in a cycle."
  [on off]
  (Gen/faultWindows (duration on) (duration off)))

(defn pause
  "A nemesis op pausing client thread `thread` for `seconds` (a descheduled vCPU)."
  [thread seconds]
  (Gen/pause (int thread) (duration seconds)))

(defn pauses
  "A nemesis pausing a random client thread for `length` seconds, every `every` seconds
  (staggered)."
  [every length]
  (Gen/pauses (duration every) (duration length)))

(defn simulate
  "The history (a vector of op maps) of running g against simulated processes that complete
  every op after :latency seconds (default 0.001). Options: :threads (default 3), :nemesis?
  (default false), :seed (default 0), :max-ops (default 10000)."
  ([g] (simulate g {}))
  ([g {:keys [threads nemesis? seed latency max-ops]
       :or {threads 3 nemesis? false seed 0 latency 0.001 max-ops 10000}}]
   (mapv #(.toMap ^Op %)
         (Simulation/run (->gen g) (Context/create (int threads) (boolean nemesis?) (long seed))
                         (long (* 1e9 latency)) (int max-ops)))))
