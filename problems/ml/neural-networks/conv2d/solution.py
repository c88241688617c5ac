import numpy as np


class Solution:
    def conv2d(self, image: np.ndarray, kernel: np.ndarray, stride: int, padding: int) -> np.ndarray:
        padded = np.pad(image, padding)
        kh, kw = kernel.shape
        oh = (padded.shape[0] - kh) // stride + 1
        ow = (padded.shape[1] - kw) // stride + 1
        out = np.zeros((oh, ow))
        for a in range(kh):
            for b in range(kw):
                window = padded[a: a + stride * (oh - 1) + 1: stride, b: b + stride * (ow - 1) + 1: stride]
                out += kernel[a, b] * window
        return out
