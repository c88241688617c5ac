import math


class Solution:
    def cosine_similarity(self, A, B):
        rows_a, rows_b = A.tolist(), B.tolist()
        out = []
        for a in rows_a:
            na = math.sqrt(sum(x * x for x in a))
            row = []
            for b in rows_b:
                nb = math.sqrt(sum(x * x for x in b))
                if na == 0 or nb == 0:
                    row.append(0.0)
                else:
                    row.append(sum(x * y for x, y in zip(a, b)) / (na * nb))
            out.append(row)
        return out
