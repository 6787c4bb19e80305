(ns minotaur.wakeup-test
  "The wakeup family from Clojure: seeded runs of qemu-event and aio-notify, judged."
  (:require [clojure.test :refer [deftest is]])
  (:import (minotaur.run RunOptions Runner WorkloadOptions Workloads)
           (java.time Duration)))

(defn- run [workload variant threads seed ops]
  (let [opts (-> (RunOptions/of threads seed ops)
                 (.withOpTimeout (Duration/ofSeconds 1))
                 (.withQuiesce (Duration/ofMillis 400)))]
    (Runner/run (Workloads/create workload (WorkloadOptions/of variant threads seed)) opts)))

(deftest seed-qemu-event-holds
  (is (= true (.valid (run "qemu-event" "seed" 3 5 200)))))

(deftest no-busy-loses-a-wakeup
  (let [r (run "qemu-event" "no-busy" 3 5 200)]
    (is (= false (.valid r)))
    (is (re-find #":missed-notify" (pr-str (.verdict r))))))

(deftest seed-aio-notify-holds
  (is (= true (.valid (run "aio-notify" "seed" 3 5 150)))))
