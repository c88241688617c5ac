# expect: WA
import numpy as np


class Solution:
    def conv2d(self, image, kernel, stride, padding):
        kernel = kernel[::-1, ::-1]  # textbook convolution: not what the layer computes
        padded = np.pad(image, padding)
        kh, kw = kernel.shape
        oh = (padded.shape[0] - kh) // stride + 1
        ow = (padded.shape[1] - kw) // stride + 1
        out = np.zeros((oh, ow))
        for r in range(oh):
            for c in range(ow):
                out[r, c] = np.sum(kernel * padded[r * stride: r * stride + kh, c * stride: c * stride + kw])
        return out
