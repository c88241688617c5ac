# expect: WA
import numpy as np


class Solution:
    def update_centroids(self, X, labels, centroids):
        k = int(labels.max()) + 1  # loses the trailing clusters that received no points
        out = centroids[:k].copy()
        for c in range(k):
            members = X[labels == c]
            if len(members):
                out[c] = members.mean(axis=0)
        return out
