class Solution:
    def knn_predict(self, X_train, y_train, X_test, k):
        train, labels = X_train.tolist(), y_train.tolist()
        out = []
        for q in X_test.tolist():
            ranked = sorted(range(len(train)),
                            key=lambda i: (sum((a - b) ** 2 for a, b in zip(q, train[i])), i))
            votes = {}
            for i in ranked[:k]:
                votes[labels[i]] = votes.get(labels[i], 0) + 1
            best = max(votes.values())
            out.append(min(lab for lab, v in votes.items() if v == best))
        return out
