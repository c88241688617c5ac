from typing import List


class Solution:
    def early_stopping(self, val_losses: List[float], patience: int, min_delta: float) -> List[int]:
        best, best_epoch, wait = float("inf"), -1, 0
        for epoch, loss in enumerate(val_losses):
            if loss < best - min_delta:
                best, best_epoch, wait = loss, epoch, 0
            else:
                wait += 1
                if wait == patience:
                    return [epoch, best_epoch]
        return [len(val_losses) - 1, best_epoch]
