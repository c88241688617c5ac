class Solution:
    def conv2d(self, image, kernel, stride, padding):
        img, ker = image.tolist(), kernel.tolist()
        h, w, kh, kw = len(img), len(img[0]), len(ker), len(ker[0])

        def pixel(i, j):  # padded image, without building it
            i, j = i - padding, j - padding
            return img[i][j] if 0 <= i < h and 0 <= j < w else 0.0

        out = []
        r = 0
        while r + kh <= h + 2 * padding:
            row = []
            c = 0
            while c + kw <= w + 2 * padding:
                row.append(sum(ker[a][b] * pixel(r + a, c + b) for a in range(kh) for b in range(kw)))
                c += stride
            out.append(row)
            r += stride
        return out
