# expect: WA
class Solution:
    def early_stopping(self, val_losses, patience, min_delta):
        best, best_epoch, wait = float("inf"), -1, 0
        for epoch, loss in enumerate(val_losses):
            if loss < best - min_delta:
                best, best_epoch, wait = loss, epoch, 0
            else:
                wait += 1
                if wait > patience:  # waits one epoch too long
                    return [epoch, best_epoch]
        return [len(val_losses) - 1, best_epoch]
