import numpy as np
from typing import List


class Solution:
    def tf_idf(self, docs: List[List[str]]) -> np.ndarray:
        vocab = sorted({token for doc in docs for token in doc})
        column = {token: j for j, token in enumerate(vocab)}
        counts = np.zeros((len(docs), len(vocab)))
        for i, doc in enumerate(docs):
            for token in doc:
                counts[i, column[token]] += 1
        lengths = counts.sum(axis=1, keepdims=True)
        tf = counts / np.where(lengths == 0, 1.0, lengths)  # an empty document keeps a zero row
        df = (counts > 0).sum(axis=0)
        idf = np.log((1 + len(docs)) / (1 + df)) + 1
        return tf * idf
