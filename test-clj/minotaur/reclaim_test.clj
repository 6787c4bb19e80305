(ns minotaur.reclaim-test
  "The reclamation family from Clojure: seeded timer-list and rcu runs judged, the timer-list
  model on hand-written histories, and the use-after-free report naming reader and free."
  (:require [clojure.test :refer [deftest is]])
  (:import (minotaur.run RunOptions Runner WorkloadOptions)
           (minotaur.cli Workloads Scenarios)
           (minotaur.model Models TimerListModel)
           (minotaur.check Linearizability CheckOptions)
           (minotaur.check.reclaim UseAfterFreeChecker)
           (minotaur.history Edn)
           (java.time Duration)))

(defn- run [workload variant seed ops]
  ;; A generous quiescence: the T2 probe at rest is exact only once no op is in flight, and
  ;; quiescence ends as soon as none is, so a loaded machine costs time, not the verdict.
  (let [opts (-> (RunOptions/of 4 seed ops)
                 (.withOpTimeout (Duration/ofSeconds 8))
                 (.withQuiesce (Duration/ofSeconds 5))
                 (.withProgress false))]
    (Runner/run (Workloads/create workload (WorkloadOptions/of variant 4 seed)) opts)))

(defn- history [ops]
  (mapv #(Edn/opFromMap %) ops))

(deftest seed-timer-list-reads-freed-timers
  (let [r (run "timer-list" "seed" 1 1500)
        uaf (get (.verdict r) :use-after-free)]
    (is (= false (.valid r)))
    (is (re-find #"freed by process \d+ :free" (:summary uaf)))))

(deftest seed-and-before-timer-lists-violate-t2
  ;; the seed's timerlist_expired compares expire_time < now, and so did the code it replaced
  (doseq [variant ["seed" "before"]]
    (let [r (run "timer-list" variant 1 1500)]
      (is (= false (:valid? (get (.verdict r) :expired)))
          (str variant ": " (select-keys (.toEdn r) [:stopped-early :timed-out :still-blocked :results]))))))

(deftest fixed-timer-list-holds
  (is (= true (.valid (run "timer-list" "fixed" 1 1500)))))

(deftest rcu-correct-holds-and-sync-no-wait-is-caught
  (is (= true (.valid (run "rcu" "correct" 1 600))))
  (is (= false (.valid (run "rcu" "sync-no-wait" 1 600)))))

(defn- linearizable? [ops]
  (.isValid (Linearizability/check (Models/named "timer-list" nil)
                                   (TimerListModel/splitRuns (history ops))
                                   (CheckOptions/defaults))))

(deftest timer-list-model
  (is (linearizable?
        [{:type :invoke :f :mod :value [1 10] :process 0}
         {:type :ok :f :mod :value [1 10] :process 0}
         {:type :invoke :f :expired :value [10 nil] :process 1}
         {:type :ok :f :expired :value [10 true] :process 1}
         {:type :invoke :f :run :value [12 nil] :process 2}
         {:type :ok :f :run :value [12 [1]] :process 2}
         {:type :invoke :f :deadline :value [12 nil] :process 1}
         {:type :ok :f :deadline :value [12 -1] :process 1}]))
  ;; T2: expired at exactly the expire time must be true
  (is (not (linearizable?
             [{:type :invoke :f :mod :value [1 10] :process 0}
              {:type :ok :f :mod :value [1 10] :process 0}
              {:type :invoke :f :expired :value [10 nil] :process 1}
              {:type :ok :f :expired :value [10 false] :process 1}])))
  ;; T4 via the model: a run fires a timer before its expire time
  (is (not (linearizable?
             [{:type :invoke :f :mod :value [1 10] :process 0}
              {:type :ok :f :mod :value [1 10] :process 0}
              {:type :invoke :f :run :value [5 nil] :process 2}
              {:type :ok :f :run :value [5 [1]] :process 2}]))))

(deftest use-after-free-report
  (let [v (.toEdn
            (UseAfterFreeChecker/check
             (history [{:type :invoke :f :deadline :value [5 nil] :process 1 :index 0}
                      {:type :invoke :f :free :value 20 :process 2 :index 1}
                      {:type :ok :f :free :value 20 :process 2 :index 2}
                      {:type :ok :f :deadline :value [5 0] :process 1 :index 3
                       :use-after-free [{:function "timerlist_deadline_ns" :kind :freed
                                         :free {:site {:process 2 :f :free :value 20}}}]}])))]
    (is (= false (:valid? v)))
    (is (= 1 (:count v)))
    (is (= 1 (get-in v [:violations 0 :free-op :index])))))
