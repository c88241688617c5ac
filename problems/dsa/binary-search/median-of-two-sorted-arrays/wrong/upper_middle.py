# expect: WA
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        # Always returns the element at index k // 2: wrong whenever the total length is even.
        merged = sorted(nums1 + nums2)
        return float(merged[len(merged) // 2])
