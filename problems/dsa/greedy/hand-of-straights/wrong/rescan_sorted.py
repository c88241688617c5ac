# expect: TLE
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # Sorts, then for every run scans forward for each next card, stepping over used cards and
        # duplicates each time: correct, but O(n^2 / groupSize) on hands with many duplicates.
        n = len(hand)
        if n % groupSize:
            return False
        hand = sorted(hand)
        used = [False] * n
        for i in range(n):
            if used[i]:
                continue
            used[i] = True
            need = hand[i] + 1
            j = i + 1
            for _ in range(groupSize - 1):
                while j < n and (used[j] or hand[j] < need):
                    j += 1
                if j == n or hand[j] != need:
                    return False
                used[j] = True
                need += 1
        return True
