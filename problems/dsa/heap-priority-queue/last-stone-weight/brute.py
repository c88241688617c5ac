class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Literal simulation: sort the whole pile before every round.
        pile = list(stones)
        while len(pile) > 1:
            pile.sort()
            y = pile.pop()
            x = pile.pop()
            if y != x:
                pile.append(y - x)
        return pile[0] if pile else 0
