class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize != 0:
            return False
        freq = defaultdict(int)
        for card in hand:
            freq[card] += 1
        heap = list(freq)
        heapq.heapify(heap)
        while heap:
            smallest = heap[0]
            for card in range(smallest, smallest + groupSize):
                if freq[card] == 0:
                    return False
                freq[card] -= 1
                if freq[card] == 0:
                    if card != heap[0]:
                        return False
                    heapq.heappop(heap)
        return True
