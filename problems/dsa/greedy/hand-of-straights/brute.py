class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Try every value as the start of the next run, recursively, memoised on the remaining cards.
        seen = {}

        def can(cards):
            if not cards:
                return True
            if cards not in seen:
                seen[cards] = False
                for start in set(cards):
                    rest = list(cards)
                    for v in range(start, start + groupSize):
                        if v not in rest:
                            break
                        rest.remove(v)
                    else:
                        if can(tuple(rest)):
                            seen[cards] = True
                            break
            return seen[cards]

        return can(tuple(sorted(hand)))
