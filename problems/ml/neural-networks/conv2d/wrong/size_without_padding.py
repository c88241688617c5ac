# expect: WA
import numpy as np


class Solution:
    def conv2d(self, image, kernel, stride, padding):
        padded = np.pad(image, padding)
        kh, kw = kernel.shape
        oh = (image.shape[0] - kh) // stride + 1  # output size from the unpadded image
        ow = (image.shape[1] - kw) // stride + 1
        oh, ow = max(oh, 1), max(ow, 1)
        out = np.zeros((oh, ow))
        for r in range(oh):
            for c in range(ow):
                out[r, c] = np.sum(kernel * padded[r * stride: r * stride + kh, c * stride: c * stride + kw])
        return out
