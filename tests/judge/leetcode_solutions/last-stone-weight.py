class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Keep the pile sorted with bisect instead of a heap.
        pile = sorted(stones)
        while len(pile) > 1:
            y, x = pile.pop(), pile.pop()
            if y > x:
                bisect.insort(pile, y - x)
        return pile[0] if pile else 0
