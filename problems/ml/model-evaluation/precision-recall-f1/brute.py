from fractions import Fraction


class Solution:
    def precision_recall_f1(self, y_true, y_pred, positive):
        tp = fp = fn = 0
        for t, p in zip(y_true.tolist(), y_pred.tolist()):
            if p == positive and t == positive:
                tp += 1
            elif p == positive:
                fp += 1
            elif t == positive:
                fn += 1
        precision = Fraction(tp, tp + fp) if tp + fp else Fraction(0)
        recall = Fraction(tp, tp + fn) if tp + fn else Fraction(0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else Fraction(0)
        return [float(precision), float(recall), float(f1)]
