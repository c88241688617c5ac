class Solution:
    def isHappy(self, n: int) -> bool:
        # Recursive with a memo of numbers on the current path.
        @cache
        def step(x: int) -> int:
            return sum(int(d) ** 2 for d in str(x))

        def go(x: int, seen: frozenset) -> bool:
            if x == 1:
                return True
            if x in seen:
                return False
            return go(step(x), seen | {x})

        return go(n, frozenset())
