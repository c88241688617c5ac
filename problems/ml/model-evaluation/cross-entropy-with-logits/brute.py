import math


class Solution:
    def cross_entropy(self, logits, labels):
        losses = []
        for row, y in zip(logits.tolist(), labels.tolist()):
            top = max(row)
            total = math.fsum(math.exp(z - top) for z in row)
            losses.append(top + math.log(total) - row[y])
        return math.fsum(losses) / len(losses)
