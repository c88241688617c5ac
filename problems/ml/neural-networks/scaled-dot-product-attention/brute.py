import math


class Solution:
    def attention(self, q, k, v, mask):
        q, k, v = q.tolist(), k.tolist(), v.tolist()
        d, dv = len(q[0]), len(v[0])
        out = []
        for i, query in enumerate(q):
            scores = []
            for j, key in enumerate(k):
                if mask is None or mask[i][j]:
                    scores.append((j, math.fsum(a * b for a, b in zip(query, key)) / math.sqrt(d)))
            row = [0.0] * dv
            if scores:
                top = max(s for _, s in scores)
                weights = [(j, math.exp(s - top)) for j, s in scores]
                total = math.fsum(w for _, w in weights)
                for t in range(dv):
                    row[t] = math.fsum(w * v[j][t] for j, w in weights) / total
            out.append(row)
        return out
