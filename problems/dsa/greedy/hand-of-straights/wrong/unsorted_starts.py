# expect: WA
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Right idea, but walks the values in the order they first appear in the hand instead of
        # increasing order, so a run can start above a smaller card that then has no partner.
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for low in list(count):
            c = count[low]
            if c == 0:
                continue
            for v in range(low, low + groupSize):
                if count[v] < c:
                    return False
                count[v] -= c
        return True
