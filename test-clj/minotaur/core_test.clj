(ns minotaur.core-test
  (:require [clojure.test :refer [deftest is testing]]
            [minotaur.core :as core]
            [minotaur.gen :as gen]))

(deftest registered-workloads
  (testing "CORRECT holds"
    (let [r (core/run! "cas-register" {:variant "correct" :seed 1 :ops 300})]
      (is (true? (:valid? r)))
      (is (= 300 (:ops r)))
      (is (= 600 (count (filter #(integer? (:process %)) (:history r)))))))
  (testing "MUTANT is caught within a few seeds"
    (is (some #(false? (:valid? (core/run! "cas-register" {:variant "mutant" :seed % :ops 1000})))
              (range 1 11)))))

(deftest test-maps
  (let [cell (atom 0)
        test {:name "counter"
              :client (fn [_thread _process]
                        (fn [op] (case (:f op)
                                   :add (assoc op :type :ok :value (swap! cell inc))
                                   :read (assoc op :type :ok :value @cell))))
              :generator (gen/mix [(gen/repeat {:f :add}) (gen/repeat {:f :read})])
              :at-rest {"value" (fn [] @cell)}
              :checkers {"adds-counted"
                         (fn [history run]
                           (let [adds (count (filter #(and (= :ok (:type %)) (= :add (:f %))) history))]
                             {:valid? (= adds (get-in run [:at-rest :value])) :adds adds}))}}
        r (core/run! test {:threads 3 :seed 2 :ops 200})]
    (is (true? (:valid? r)) (pr-str (:results r)))
    (is (= 200 (count (filter #(= :invoke (:type %)) (:history r)))))))

(deftest checkers-see-blocked-ops
  (let [gate (java.util.concurrent.Semaphore. 0)
        r (core/run! {:name "blocker"
                      :client (fn [_ _] (fn [op] (.acquire gate) (assoc op :type :ok)))
                      :generator {:f :wait}
                      :checkers {"none-blocked" (fn [_ run] {:valid? (empty? (:still-blocked run))})}}
                     {:threads 1 :quiesce 0.05})]
    (is (false? (:valid? r)))))

(deftest fault-plans
  (let [plan {:seed 0 :faults [{:points ["test.point"] :probability 1.0 :action :yield}]}
        r (core/run! {:name "faulty"
                      :client (fn [_ _] (fn [op] (minotaur.fault.Faults/point "test.point") (assoc op :type :ok)))
                      :generator (gen/each-thread (gen/repeat 5 {:f :read}))
                      :faults plan
                      :checkers {"ok" (fn [_ _] {:valid? true})}}
                     {:threads 2 :seed 9})
        events (filter #(and (= :nemesis (:process %)) (= :yield (:f %))) (:history r))]
    (is (= {:seed 9 :faults (:faults plan)} (:faults r)) "the plan runs with the run's seed")
    (is (<= 1 (count events) 10))
    (is (= (count events) (:fault-events r))))
  (testing "a registered workload's plan replaced by :faults"
    (let [r (core/run! "cas-register" {:variant "mutant" :seed 3 :ops 50
                                       :faults {:faults [{:points "cas-register.*" :action :yield}]}})]
      (is (= [{:points ["cas-register.*"] :probability 1.0 :action :yield}] (get-in r [:faults :faults]))))))
