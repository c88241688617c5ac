# expect: WA
import numpy as np


class Solution:
    def tf_idf(self, docs):
        vocab = sorted({token for doc in docs for token in doc})
        column = {token: j for j, token in enumerate(vocab)}
        counts = np.zeros((len(docs), len(vocab)))
        for i, doc in enumerate(docs):
            for token in doc:
                counts[i, column[token]] += 1
        lengths = counts.sum(axis=1, keepdims=True)
        tf = counts / np.where(lengths == 0, 1.0, lengths)
        df = (counts > 0).sum(axis=0)
        return tf * np.log(len(docs) / df)  # plain idf: a token in every document scores 0
