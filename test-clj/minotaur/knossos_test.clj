(ns minotaur.knossos-test
  (:require [clojure.test :refer [deftest is]]
            [minotaur.knossos :as k]))

(def history
  [{:process 0 :type :invoke :f :write :value 1}
   {:process 1 :type :invoke :f :read  :value nil}
   {:process 0 :type :info   :f :write :value 1}
   {:process 1 :type :ok     :f :read  :value 1}
   {:process 2 :type :invoke :f :read  :value nil}
   {:process 2 :type :ok     :f :read  :value 0}])

(deftest compare-with-knossos
  (if-not (k/available?)
    (println "SKIPPED minotaur.knossos-test: Knossos is not on the classpath"
             "(use the :knossos alias or mvn -Pknossos)")
    (let [r (k/compare :cas-register 0 history)]
      (is (:agree? r) (pr-str r))
      (is (false? (-> r :minotaur :valid?))))))
