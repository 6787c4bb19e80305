(ns minotaur.mutex-test
  "The mutual-exclusion family through the Clojure API: both workloads pass their correct
  variants and catch an SC mutant within a few seeds (printing seed and verdict)."
  (:require [clojure.test :refer [deftest is testing]]
            [minotaur.core :as core]))

(def ^:private fast {:threads 4 :op-timeout 0.5 :quiesce 0.3})

(defn- run [workload variant seed ops options & {:as extra}]
  (let [r (core/run! workload (merge fast extra {:variant variant :seed seed :ops ops :options options}))]
    (println workload variant "seed" seed (if (:valid? r) "holds" "VIOLATION"))
    r))

(defn- caught? [workload variant options]
  (some #(false? (:valid? (run workload variant % 160 options :time-limit 2)))
        (range 1 11)))

(deftest xen-spinlock
  (let [opts {:spin-count "1" :fault-p "0.2" :linear-limit "2s"}]
    (testing "SEED and FIXED hold"
      (doseq [v ["seed" "fixed"]]
        (let [r (run "xen" v 1 400 opts)]
          (is (true? (:valid? r)) (pr-str (:results r)))
          (is (= [0 0] (get-in r [:at-rest :spinners]))))))
    (testing "no-kick loses a kick"
      (is (caught? "xen" "no-kick" opts)))))

(deftest exclusive
  (let [opts {:fault-p "0.2"}]
    (testing "SEED and BEFORE hold"
      (doseq [v ["seed" "before"]]
        (let [r (run "exclusive" v 1 400 opts)]
          (is (true? (:valid? r)) (pr-str (:results r)))
          (is (zero? (get-in r [:at-rest :pending-cpus]))))))
    (testing "start-skips-idle runs a vCPU inside an exclusive section"
      (is (caught? "exclusive" "start-skips-idle" opts)))))
