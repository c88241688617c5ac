# expect: WA
class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # Bug: sorts once, then keeps the leftover at the end of the list as if it were still
        # the heaviest stone.
        pile = sorted(stones)
        while len(pile) > 1:
            y = pile.pop()
            x = pile.pop()
            if y != x:
                pile.append(y - x)
        return pile[0] if pile else 0
