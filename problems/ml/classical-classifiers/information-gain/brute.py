import math


def _entropy(part):
    if not part:
        return 0.0
    counts = {}
    for label in part:
        counts[label] = counts.get(label, 0) + 1
    return -math.fsum(c / len(part) * math.log(c / len(part), 2) for c in counts.values())


class Solution:
    def information_gain(self, labels, goes_left):
        labels = labels.tolist()
        left = [y for y, g in zip(labels, goes_left.tolist()) if g == 1]
        right = [y for y, g in zip(labels, goes_left.tolist()) if g == 0]
        n = len(labels)
        return _entropy(labels) - len(left) / n * _entropy(left) - len(right) / n * _entropy(right)
