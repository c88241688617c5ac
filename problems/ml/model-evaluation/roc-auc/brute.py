class Solution:
    def roc_auc(self, scores, labels):
        pos = [s for s, y in zip(scores.tolist(), labels.tolist()) if y == 1]
        neg = [s for s, y in zip(scores.tolist(), labels.tolist()) if y == 0]
        wins = 0.0
        for a in pos:
            for b in neg:
                if a > b:
                    wins += 1.0
                elif a == b:
                    wins += 0.5
        return wins / (len(pos) * len(neg))
