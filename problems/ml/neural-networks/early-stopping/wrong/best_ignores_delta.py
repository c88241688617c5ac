# expect: WA
class Solution:
    def early_stopping(self, val_losses, patience, min_delta):
        best, best_epoch, wait = float("inf"), -1, 0
        for epoch, loss in enumerate(val_losses):
            if loss < best:  # any decrease moves the best epoch ...
                if loss < best - min_delta:
                    wait = 0
                else:
                    wait += 1
                best, best_epoch = loss, epoch  # ... and the baseline, so small steps add up unseen
            else:
                wait += 1
            if wait == patience:
                return [epoch, best_epoch]
        return [len(val_losses) - 1, best_epoch]
