# expect: WA
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Starts at most one run at each distinct value, forgetting that duplicates of the
        # smallest card each need a run of their own.
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for low in sorted(count):
            if count[low] == 0:
                continue
            for v in range(low, low + groupSize):
                if count[v] == 0:
                    return False
                count[v] -= 1
        return True
