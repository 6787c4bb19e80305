(ns minotaur.smoke-test
  "The Java history layer is usable from Clojure: ops round-trip through EDN."
  (:require [clojure.edn :as edn]
            [clojure.test :refer [deftest is]])
  (:import (minotaur.history HistoryReader Op)
           (java.io StringReader)))

(deftest op-round-trips-through-edn
  (let [line "{:type :ok, :f :cas, :value [1 2], :process 3, :time 17, :index 4, :error :x}"
        [^Op op] (HistoryReader/readAll (StringReader. line) "inline")]
    (is (= :ok (.keyword (.type op))))
    (is (= [1 2] (.value op)))
    (is (= (edn/read-string line) (edn/read-string (str op))))))
