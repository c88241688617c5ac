import math


class Solution:
    def predict(self, X_train, y_train, X_test):
        rows, labels = X_train.tolist(), y_train.tolist()
        n, d = len(rows), len(rows[0])
        model = []
        for c in sorted(set(labels)):
            members = [r for r, y in zip(rows, labels) if y == c]
            means = [math.fsum(r[j] for r in members) / len(members) for j in range(d)]
            variances = [math.fsum((r[j] - means[j]) ** 2 for r in members) / len(members) + 1e-6
                         for j in range(d)]
            model.append((c, math.log(len(members) / n), means, variances))
        out = []
        for x in X_test.tolist():
            best_label, best_score = None, None
            for c, log_prior, means, variances in model:
                score = log_prior
                for j in range(d):
                    score += -0.5 * math.log(2 * math.pi * variances[j]) \
                        - (x[j] - means[j]) ** 2 / (2 * variances[j])
                if best_score is None or score > best_score:  # strict: the smaller label keeps a tie
                    best_label, best_score = c, score
            out.append(best_label)
        return out
