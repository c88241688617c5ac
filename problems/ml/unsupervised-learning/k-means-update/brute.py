class Solution:
    def update_centroids(self, X, labels, centroids):
        rows, labs, old = X.tolist(), labels.tolist(), centroids.tolist()
        out = []
        for c, centre in enumerate(old):
            members = [r for r, lab in zip(rows, labs) if lab == c]
            if not members:
                out.append(centre)
            else:
                out.append([sum(r[j] for r in members) / len(members) for j in range(len(centre))])
        return out
