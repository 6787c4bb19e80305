(ns minotaur.wakeup-test
  "The wakeup family from Clojure: seeded runs of qemu-event and aio, judged; the aio_notify
  Promela models explored."
  (:require [clojure.test :refer [deftest is]])
  (:import (minotaur.run RunOptions Runner WorkloadOptions)
           (minotaur.cli Workloads Scenarios)
           (minotaur.explore ExploreOptions Explorer ExploreResult$Verdict Failure$Kind MemoryModel)
           (java.time Duration)))

(defn- run [workload variant threads seed ops]
  (let [opts (-> (RunOptions/of threads seed ops)
                 (.withOpTimeout (Duration/ofSeconds 1))
                 (.withQuiesce (Duration/ofMillis 400)))]
    (Runner/run (Workloads/create workload (WorkloadOptions/of variant threads seed)) opts)))

(deftest seed-qemu-event-holds
  (let [r (run "qemu-event" "seed" 3 5 200)]
    (is (= true (.valid r)))
    (is (= true (get-in (.verdict r) [:linearizable :valid?])) "W1: set/reset/is-set linearizable")))

(deftest no-busy-loses-a-wakeup
  (let [r (run "qemu-event" "no-busy" 3 5 200)]
    (is (= false (.valid r)))
    (is (re-find #":missed-notify" (pr-str (.verdict r))))))

(deftest seed-aio-notify-holds
  (is (= true (.valid (run "aio" "seed" 3 5 150)))))

(defn- explore [scenario model]
  (Explorer/explore (Scenarios/named scenario)
                    (-> (ExploreOptions/defaults) (.withModel model) (.withPreemptionBound 2))))

(deftest aio-notify-accept-promela-verdicts
  (is (= ExploreResult$Verdict/PASS (.verdict (explore "aio/seed/promela-notify" MemoryModel/SC))))
  (let [r (explore "aio/set-only-if-not-notified/promela-notify" MemoryModel/SC)]
    (is (= ExploreResult$Verdict/FAIL (.verdict r)))
    (is (= Failure$Kind/LOST_WAKEUP (.kind (.failure r))))))
