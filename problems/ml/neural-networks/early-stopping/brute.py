from fractions import Fraction


class Solution:
    def early_stopping(self, val_losses, patience, min_delta):
        # Exact rational arithmetic and a different formulation: for each epoch, find the last
        # improvement before it, and stop at the first epoch that is `patience` epochs past it.
        losses = [Fraction(x) for x in val_losses]
        delta = Fraction(min_delta)
        improvements = []  # epochs that were real improvements
        for epoch, loss in enumerate(losses):
            if not improvements or delta < losses[improvements[-1]] - loss:
                improvements.append(epoch)
            elif epoch - improvements[-1] == patience:
                return [epoch, improvements[-1]]
        return [len(losses) - 1, improvements[-1]]
