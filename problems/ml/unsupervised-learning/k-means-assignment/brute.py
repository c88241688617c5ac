class Solution:
    def assign_clusters(self, X, centroids):
        cs = centroids.tolist()
        out = []
        for x in X.tolist():
            best, best_d = 0, None
            for c, centre in enumerate(cs):
                dist = sum((a - b) ** 2 for a, b in zip(x, centre))
                if best_d is None or dist < best_d:  # strict: an equal later centroid never wins
                    best, best_d = c, dist
            out.append(best)
        return out
