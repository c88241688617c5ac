class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]  # buckets[c]: values seen exactly c times
        for value, c in count.items():
            buckets[c].append(value)
        res = []
        for c in range(len(nums), 0, -1):
            for value in buckets[c]:
                res.append(value)
                if len(res) == k:
                    return res
        return res
