"""conv2d cases: the examples, 1x1 kernels, a kernel as large as the padded image, strides that
leave pixels unused, padding larger than the kernel, asymmetric kernels (a flipped kernel gives
a different answer), seeded random images; large 300x300 images."""
import random


def _grid(rng, h, w, integer=True):
    if integer:
        return [[float(rng.randint(-9, 9)) for _ in range(w)] for _ in range(h)]
    return [[round(rng.uniform(-100, 100), 2) for _ in range(w)] for _ in range(h)]


def cases():
    image3 = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
    out = [
        {"args": [image3, [[1.0, 0.0], [0.0, -1.0]], 1, 0], "sample": True},
        {"args": [image3, [[0.0, 1.0], [2.0, 0.0]], 2, 1], "sample": True},
        {"args": [[[5.0]], [[3.0]], 1, 0]},                                        # 1x1 everything
        {"args": [image3, [[2.0]], 1, 0]},                                         # 1x1 kernel scales
        {"args": [image3, [[2.0]], 2, 1]},                                         # samples the border
        {"args": [image3, [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], 1, 0]},  # one window
        {"args": [image3, [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-1.0, -2.0, -3.0]], 1, 1]},
        {"args": [[[1.0, 2.0, 3.0, 4.0, 5.0]], [[1.0, -1.0]], 3, 0]},             # last pixel unused
        {"args": [[[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [3.0, 4.0]], 1, 3]},     # padding > kernel
        {"args": [[[2.0], [4.0], [6.0], [8.0]], [[1.0], [10.0], [100.0]], 1, 0]}, # column image
        {"args": [_grid(random.Random(9), 2, 2), [[1.0, 1.0, 1.0]] * 3, 5, 2]},    # stride 5 on 6x6
    ]
    rng = random.Random(2718)
    for _ in range(9):
        h, w = rng.randint(1, 12), rng.randint(1, 12)
        padding = rng.randint(0, 3)
        kh, kw = rng.randint(1, min(11, h + 2 * padding)), rng.randint(1, min(11, w + 2 * padding))
        out.append({"args": [_grid(rng, h, w, rng.random() < 0.5), _grid(rng, kh, kw, rng.random() < 0.5),
                             rng.randint(1, 5), padding]})
    out.append({"args": [_grid(rng, 300, 300, False), _grid(rng, 5, 5, False), 1, 2], "large": True})
    out.append({"args": [_grid(rng, 300, 280, False), _grid(rng, 11, 7, False), 2, 5], "large": True})
    out.append({"args": [_grid(rng, 299, 300, True), _grid(rng, 3, 3, True), 3, 0], "large": True})
    for case in out:
        image, kernel, stride, padding = case["args"]
        h, w, kh, kw = len(image), len(image[0]), len(kernel), len(kernel[0])
        assert 1 <= h <= 300 and 1 <= w <= 300 and 1 <= stride <= 5 and 0 <= padding <= 5
        assert 1 <= kh <= min(11, h + 2 * padding) and 1 <= kw <= min(11, w + 2 * padding)
        assert all(-100 <= v <= 100 for grid in (image, kernel) for r in grid for v in r)
    return out
