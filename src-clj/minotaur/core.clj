(ns minotaur.core
  "Running workloads from Clojure: a registered workload by name, or a Jepsen-style test map
  whose client, checkers and hooks are Clojure functions over op maps.

    (run! \"cas-register\" {:variant \"mutant\" :seed 7 :ops 1000})
    (run! {:name \"counter\" :client (fn [thread process] (fn [op] (assoc op :type :ok)))
           :generator (gen/repeat {:f :add})
           :checkers {\"ok\" (fn [history run] {:valid? true})}}
          {:threads 4 :seed 1 :ops 100})"
  (:refer-clojure :exclude [run!])
  (:require [minotaur.gen :as gen])
  (:import (java.nio.file Path)
           (java.time Duration)
           (java.util.function Supplier Predicate)
           (minotaur.check Verdict)
           (minotaur.fault FaultPlan)
           (minotaur.history Edn Op)
           (minotaur.run Checker Client Client$Factory Quiescence Quiescence$Phase RunContext
                         RunOptions RunResult Runner Workload WorkloadOptions)
           (minotaur.cli Families Workloads)
           (minotaur.test Minotaur)))

(defn- duration ^Duration [seconds]
  (when seconds (Duration/ofNanos (long (* 1e9 seconds)))))

(defn- op->map [^Op op] (.toMap op))
(defn- map->op ^Op [m] (if (instance? Op m) m (Edn/opFromMap m)))

(defn run-context->map
  "What a checker knows about a run besides its history, as a map."
  [^RunContext rc]
  {:workload (.workload rc) :variant (.variant rc) :seed (.seed rc)
   :concurrency (.concurrency rc) :history (some-> (.history rc) str)
   :still-blocked (mapv op->map (.stillBlocked rc)) :timed-out (mapv op->map (.timedOut rc))
   :at-rest (.atRest rc)})

(defn workload
  "The registered workload `name` (see `minotaur run --help`), built for
  {:variant :threads :seed :options}."
  ^Workload [name {:keys [variant threads seed options] :or {threads 4 seed 0 options {}}}]
  (Workloads/create name (WorkloadOptions. variant (int threads) (long seed)
                                           (update-keys options clojure.core/name))))

(defn fault-plan
  "A FaultPlan from a FaultPlan, EDN plan data ({:seed 0 :faults [{:points [...] :action :park
  ...}]}, as a plan file holds), or a path to a plan file."
  ^FaultPlan [x]
  (cond (instance? FaultPlan x) x
        (map? x) (FaultPlan/parse (pr-str x) "fault plan")
        :else (FaultPlan/load (Path/of (str x) (make-array String 0)))))

(defn- client ^Client [f]
  (reify Client
    (invoke [_ op] (map->op (f (op->map op))))))

(defn test-map->workload
  "A Workload from a Jepsen-style test map:
    :name, :variant     strings
    :client             (fn [thread process] (fn [op] completion)), ops as maps
    :generator          client ops (generator data, see minotaur.gen)
    :nemesis            optional nemesis ops (:start-faults/:stop-faults/:pause, sleeps)
    :faults             optional fault plan (see `fault-plan`)
    :checkers           {name (fn [history run] verdict-map)}, history a vector of op maps
    :quiescence         optional (fn [in-flight invoke!]); (invoke! op client-fn) runs an op
    :at-rest            optional {name (fn [] observation)}"
  ^Workload [{:keys [name variant client generator nemesis faults checkers quiescence at-rest]
              :or {variant "default"}}]
  (let [b (-> (Workload/builder name variant)
              (.clients (reify Client$Factory
                          (open [_ thread process] (minotaur.core/client (client thread process)))))
              (.generator (gen/->gen generator)))]
    (when nemesis (.nemesis b (gen/->gen nemesis)))
    (when faults (.faults b (fault-plan faults)))
    (when quiescence
      (.quiescence b (reify Quiescence
                       (quiesce [_ phase]
                         (quiescence (mapv op->map (.inFlight ^Quiescence$Phase phase))
                                     (fn [op f] (op->map (.invoke ^Quiescence$Phase phase
                                                                  (map->op op) (minotaur.core/client f)))))))))
    (doseq [[n f] at-rest] (.atRest b (clojure.core/name n) (reify Supplier (get [_] (f)))))
    (doseq [[n f] checkers]
      (.checker b (clojure.core/name n)
                (reify Checker
                  (check [_ history run] (Verdict/of (f (mapv op->map history) (run-context->map run)))))))
    (.build b)))

(defn run!
  "Runs `w` (a Workload, a registered name or a test map) and returns the result map
  ({:valid? ... :results {...} :seed ...}) with the :history as a vector of op maps and the file
  written, if any, as :history-path.
  Options: :threads (4), :seed (0), :ops (1000 unless :time-limit), :time-limit, :op-timeout (5),
  :quiesce (0.2) in seconds, :variant and :options for registered workloads, :history (a path
  to write, default in memory only), :faults (a fault plan replacing the workload's, see
  `fault-plan`)."
  [w {:keys [threads seed ops time-limit op-timeout quiesce history faults]
      :or {threads 4 seed 0 op-timeout 5 quiesce 0.2} :as opts}]
  (let [^Workload wl (cond (instance? Workload w) w
                           (string? w) (workload w (assoc opts :threads threads :seed seed))
                           (map? w) (test-map->workload w)
                           :else (throw (IllegalArgumentException. (str "not a workload: " (pr-str w)))))
        wl (if faults (.withFaults wl (fault-plan faults)) wl)
        n (or ops (if time-limit 0 1000))
        ro (RunOptions. (int threads) (long seed) (long n) (duration time-limit) (duration op-timeout)
                        (duration quiesce) (some-> history str (Path/of (make-array String 0))) false)
        ^RunResult r (Runner/run wl ro)]
    (let [m (into {} (.toEdn r))]
      (assoc m :history-path (:history m) :history (mapv op->map (.history r))))))

(defn- keywordize [m]
  (into {} (map (fn [[k v]]
                  [(keyword k) (cond (instance? java.util.Map v) (keywordize v)
                                     (instance? java.util.List v) (mapv #(if (instance? java.util.Map %) (keywordize %) %) v)
                                     :else v)]))
        m))

(defn test!
  "`minotaur test` on one variant: exhaustive exploration under each memory model, PCT where that
  hits a limit, stress runs with the workload's delays aimed at hot points, within :budget seconds
  (default 30). Returns the verdict map: :valid? (true, false or \"unknown\"), :outcome, :coverage,
  :declared, :as-declared?, :findings (each with :property :technique :model :replay :history) and
  :text.
  Options: :family and :variant (keywords or strings), :budget, :memory-models ([\"sc\" \"tso\"]),
  :seed (1), :out (histories directory, default target/histories)."
  [{:keys [family variant budget memory-models seed out] :or {budget 30 seed 1}}]
  (let [chk (-> (Minotaur/test (Families/named (name family)))
                (.variant (name variant))
                (.budget (duration budget))
                (.seed (long seed)))
        chk (if memory-models (.memoryModels chk (into-array String (map name memory-models))) chk)
        chk (if out (.out chk (Path/of (str out) (make-array String 0))) chk)]
    (keywordize (.toMap (.verdict chk)))))
