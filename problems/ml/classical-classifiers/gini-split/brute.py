from fractions import Fraction


class Solution:
    def gini_split(self, left, right):
        children = [left.tolist(), right.tolist()]
        total = sum(len(c) for c in children)
        result = Fraction(0)
        for child in children:
            if not child:
                continue
            counts = {}
            for label in child:
                counts[label] = counts.get(label, 0) + 1
            gini = 1 - sum(Fraction(c, len(child)) ** 2 for c in counts.values())
            result += Fraction(len(child), total) * gini
        return float(result)
