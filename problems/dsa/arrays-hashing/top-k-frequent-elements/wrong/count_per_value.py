# expect: TLE
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # nums.count scans the whole list once per distinct value: O(n * distinct).
        return sorted(set(nums), key=nums.count, reverse=True)[:k]
