class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Derive rules by comparing EVERY pair i < j (redundant but valid), then repeatedly output
        # the smallest letter that no remaining letter must precede.
        letters = sorted(set("".join(words)))
        rules = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                a, b = words[i], words[j]
                k = 0
                while k < min(len(a), len(b)) and a[k] == b[k]:
                    k += 1
                if k == min(len(a), len(b)):
                    if len(a) > len(b):
                        return ""
                else:
                    rules.add((a[k], b[k]))
        order = []
        remaining = set(letters)
        while remaining:
            free = [c for c in sorted(remaining) if not any(x in remaining and y == c for x, y in rules)]
            if not free:
                return ""
            order.append(free[0])
            remaining.discard(free[0])
        return "".join(order)
