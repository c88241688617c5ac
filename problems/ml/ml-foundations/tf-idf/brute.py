import math


class Solution:
    def tf_idf(self, docs):
        vocab = sorted({t for doc in docs for t in doc})
        n = len(docs)
        df = {t: sum(1 for doc in docs if t in doc) for t in vocab}
        out = []
        for doc in docs:
            row = []
            for t in vocab:
                tf = doc.count(t) / len(doc) if doc else 0.0
                row.append(tf * (math.log((1 + n) / (1 + df[t])) + 1))
            out.append(row)
        return out
