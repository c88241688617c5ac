# expect: WA
import numpy as np


class Solution:
    def predict(self, X_train, y_train, X_test):
        classes, _ = np.unique(y_train, return_counts=True)
        means = np.array([X_train[y_train == c].mean(axis=0) for c in classes])
        variances = np.array([X_train[y_train == c].var(axis=0) for c in classes]) + 1e-6
        log_priors = np.log(np.array([np.mean(y_train == c) for c in classes]))
        diff = X_test[:, None, :] - means[None, :, :]
        scores = log_priors + (-0.5 * np.log(2 * np.pi * variances)[None] - diff ** 2 / (2 * variances[None])).sum(axis=2)
        return np.argmax(scores, axis=1).tolist()  # the position among the classes, not the label
