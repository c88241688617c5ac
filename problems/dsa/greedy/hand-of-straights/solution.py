class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for low in sorted(count):
            c = count[low]
            if c == 0:
                continue
            # The c copies of the smallest remaining value each start a run of groupSize.
            for v in range(low, low + groupSize):
                if count[v] < c:
                    return False
                count[v] -= c
        return True
